#pragma once
// The pages' common base: the shared context, the error dialog, and small layout helpers.

#include "WizardContext.h"
#include "widgets/ErrorDialog.h"

#include <QWizardPage>
#include <functional>

class QLabel;
class QVBoxLayout;

namespace tpmprov::ui {

class PageBase : public QWizardPage {
    Q_OBJECT
public:
    PageBase(WizardContext* context, QWidget* parent = nullptr);

    // A step of this page is running: the wizard disables Back meanwhile.
    bool isBusy() const { return m_busy; }
    // Leaving now would abandon something sent to the TPM (a TakeOwnership): the wizard
    // disables Cancel (and ignores closing the window) meanwhile.
    virtual bool blocksCancel() const { return false; }
    // Going back is not possible now (default: while busy).
    virtual bool blocksBack() const { return m_busy; }

Q_SIGNALS:
    void busyChanged(bool busy);

protected:
    // Marks the page busy or idle (emits busyChanged and completeChanged).
    void setBusy(bool busy);

    WizardContext* ctx() const { return m_context; }
    TpmBackend* backend() const { return m_context->backend(); }

    // Opens the guided error dialog (window-modal, not blocking) and calls then(action).
    void showError(ErrorInfo info, bool canRetry,
                   std::function<void(ErrorDialog::Action)> then = {});
    QLabel* paragraph(QVBoxLayout* layout, const QString& text, const QString& objectName);
    // A status line changed: its accessible name follows its text and assistive technology
    // is told (widgets/Announcer).
    static void announce(QLabel* label);
    // The page's content scrolls, so the window fits any screen at any font size and scale
    // with the wizard's buttons always visible: returns the layout to fill (call once).
    QVBoxLayout* scrollingLayout(const QString& objectName, const QString& accessibleName);
    // Re-reads the state; then(ok) after the context holds the new state.
    void refreshState(std::function<void(bool)> then, const QString& what);

    // Starts a job call and waits for its JobFinished without blocking. then(result, outcome):
    // result carries a call error (outcome empty) or the job's id (outcome set).
    void runJob(BackendCall* call,
                std::function<void(const BackendResult&, const JobOutcome&)> then);

private:
    WizardContext* m_context;
    bool m_busy = false;
};

} // namespace tpmprov::ui
