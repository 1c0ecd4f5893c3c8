#pragma once
// "Clear the TPM": what a clear destroys, an explicit confirmation, then ForceClear where
// presence allows it, otherwise the firmware steps. objectNames: clearPage, clearConfirm,
// clearNow, clearFirmwareSteps.

#include "pages/PageBase.h"

class QCheckBox;
class QLabel;
class QPushButton;

namespace tpmprov::ui {

class ClearPage : public PageBase {
    Q_OBJECT
public:
    explicit ClearPage(WizardContext* context, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override { return false; } // the way on is a clear
    int nextId() const override { return -1; }
    void clearNow();
    bool softwareClearPossible() const;

Q_SIGNALS:
    void cleared(); // the wizard starts over with the new state

private:
    QCheckBox* m_confirm;
    QPushButton* m_clearNow;
    QLabel* m_firmware;
    bool m_running = false;
};

} // namespace tpmprov::ui
