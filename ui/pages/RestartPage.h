#pragma once
// "Restart required": says why, says "power off completely" where a cold boot is needed,
// writes the autostart entry so the wizard resumes after login, and offers "Restart now"
// (logind, after a confirmation). objectName "restartPage"; button "restartNow".

#include "pages/PageBase.h"

class QLabel;
class QPushButton;

namespace tpmprov::ui {

class RestartPage : public PageBase {
    Q_OBJECT
public:
    explicit RestartPage(WizardContext* context, QWidget* parent = nullptr);
    void initializePage() override;
    // The way on is a restart; Finish ("Close") just closes, the autostart entry stays.
    bool isComplete() const override { return true; }
    int nextId() const override { return -1; }

    void restartNow();

Q_SIGNALS:
    // A restart happened without this process ending (tests, the demo's power cycle).
    void restartedInProcess();

private:
    QString firmwareRequestText() const;
    QLabel* m_text;
    QLabel* m_autostart;
    QPushButton* m_restart;
};

} // namespace tpmprov::ui
