#pragma once
// The guided error: what happened, why, what the wizard already tried, what to do now, with
// buttons for what the wizard can do itself, the technical trace behind an expander, and
// "Copy report" / "Save report…". objectName "errorDialog".

#include "ErrorInfo.h"

#include <QDialog>
#include <functional>

class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace tpmprov::ui {

class ErrorDialog : public QDialog {
    Q_OBJECT
public:
    enum Action { CloseAction = 0, RetryAction, StartupAction };
    Q_ENUM(Action)

    ErrorDialog(const ErrorInfo& info, bool canRetry, QWidget* parent = nullptr);

    const ErrorInfo& info() const { return m_info; }
    Action chosenAction() const { return m_action; }
    // "Save report…" file choice (default: QFileDialog); tests return a path.
    std::function<QString(QWidget*, const QString&, const QString&)> chooseSaveFile;
    bool saveReportTo(const QString& path); // also used by "Save report…"

Q_SIGNALS:
    void actionChosen(tpmprov::ui::ErrorDialog::Action action);

private:
    void choose(Action action);
    void saveReport();

    ErrorInfo m_info;
    Action m_action = CloseAction;
    QToolButton* m_detailsToggle = nullptr;
    QPlainTextEdit* m_details = nullptr;
};

} // namespace tpmprov::ui
