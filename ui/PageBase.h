#pragma once
// The pages' common base: the shared context, the error dialog, and small layout helpers.

#include "ErrorDialog.h"
#include "WizardContext.h"

#include <QWizardPage>
#include <functional>

class QLabel;
class QVBoxLayout;

namespace tpmprov::ui {

class PageBase : public QWizardPage {
    Q_OBJECT
public:
    PageBase(WizardContext* context, QWidget* parent = nullptr);

protected:
    WizardContext* ctx() const { return m_context; }
    TpmBackend* backend() const { return m_context->backend(); }

    // Opens the guided error dialog (window-modal, not blocking) and calls then(action).
    void showError(ErrorInfo info, bool canRetry,
                   std::function<void(ErrorDialog::Action)> then = {});
    QLabel* paragraph(QVBoxLayout* layout, const QString& text, const QString& objectName);
    // Re-reads the state; then(ok) after the context holds the new state.
    void refreshState(std::function<void(bool)> then, const QString& what);

    // Starts a job call and waits for its JobFinished without blocking. then(result, outcome):
    // result carries a call error (outcome empty) or the job's id (outcome set).
    void runJob(BackendCall* call,
                std::function<void(const BackendResult&, const JobOutcome&)> then);

private:
    WizardContext* m_context;
};

} // namespace tpmprov::ui
