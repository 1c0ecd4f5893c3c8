#pragma once
// "Done": the owner is verified, where the password is kept, a nudge towards a second copy
// away from this computer, and the password itself on request: show ("doneShow"), copy
// ("doneCopy"), print ("donePrint"), save a copy ("doneSaveCopy") or save it as Windows'
// .tpm owner file ("doneSaveWindows"). Removes the autostart entry. objectNames: donePage,
// doneSummary, doneKept, doneBackup, donePassword, doneActionResult, doneNext.

#include "pages/PageBase.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace tpmprov::ui {

class DonePage : public PageBase {
    Q_OBJECT
public:
    explicit DonePage(WizardContext* context, QWidget* parent = nullptr);
    void initializePage() override;
    int nextId() const override { return -1; }

    // What the buttons do (tests call them too). Each says how it went in doneActionResult.
    void saveCopy();
    void saveWindowsFile();
    void printCopy();

private:
    void initializeTpm2();
    QWidget* buildPasswordActions(QWidget* parent);
    void report(const QString& text);

    QLabel* m_summary;
    QLabel* m_kept;
    QLabel* m_backup;
    QWidget* m_actions;
    QLineEdit* m_password;
    QPushButton* m_show;
    QPushButton* m_windows = nullptr; // a TPM 1.2 owner password as Windows' .tpm file
    QLabel* m_result;
    QLabel* m_next;
};

} // namespace tpmprov::ui
