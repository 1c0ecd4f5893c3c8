#pragma once
// The guided error: what happened, why, what the wizard already tried, what to do now, with
// buttons for what the wizard can do itself, the technical trace behind an expander, and
// "Copy report" / "Save report…". objectName "errorDialog". When the TPM device is held by
// tcsd (EBUSY), "Stop tcsd" ("errorStopTcsd") stops tcsd.service through systemd after a
// confirmation and says how that went ("errorStopTcsdResult"); then Retry.

#include "model/ErrorInfo.h"
#include "system/ServiceControl.h"

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace tpmprov::ui {

class ErrorDialog : public QDialog {
    Q_OBJECT
public:
    enum Action { CloseAction = 0, RetryAction, StartupAction, SaveToFileAction };
    Q_ENUM(Action)

    ErrorDialog(const ErrorInfo& info, bool canRetry, QWidget* parent = nullptr);

    const ErrorInfo& info() const { return m_info; }
    Action chosenAction() const { return m_action; }
    // "Save report…" file choice (default: QFileDialog); tests return a path.
    std::function<QString(QWidget*, const QString&, const QString&)> chooseSaveFile;
    bool saveReportTo(const QString& path); // also used by "Save report…"
    // "Stop tcsd": the confirmation (default: QMessageBox) and the stopper (default: systemd
    // on the system bus). The wizard passes its context's; tests inject their own.
    std::function<bool(QWidget*, const QString&, const QString&)> confirm;
    UnitStopper stopUnit;
    void stopTcsd(); // what the button does

Q_SIGNALS:
    void actionChosen(tpmprov::ui::ErrorDialog::Action action);

private:
    QHBoxLayout* buildHeadline(const ErrorInfo& info);
    QFormLayout* buildExplanation(const ErrorInfo& info, const Explanation& e);
    void buildDetails(QVBoxLayout* layout, const ErrorInfo& info);
    QDialogButtonBox* buildButtons(const ErrorInfo& info, bool canRetry);
    void tcsdStopped(const QString& error);
    void choose(Action action);
    void saveReport();

    ErrorInfo m_info;
    Action m_action = CloseAction;
    QToolButton* m_detailsToggle = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QPushButton* m_stopTcsd = nullptr;
    QPushButton* m_retry = nullptr;
    QLabel* m_stopResult = nullptr;
};

} // namespace tpmprov::ui
