#pragma once
// "Clear the TPM": what a clear destroys and the state it leaves (off, one more restart), an
// explicit confirmation, then ForceClear where presence allows it (the wizard then moves on
// to "The TPM was cleared"), otherwise the firmware steps. Cancel stays available.
// objectNames: clearPage, clearConfirm, clearNow, clearAfter, clearFirmwareSteps.

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
    bool isComplete() const override { return m_cleared; } // the way on is a clear
    int nextId() const override { return ClearedPageId; }
    void clearNow();
    bool softwareClearPossible() const;

private:
    QCheckBox* m_confirm;
    QPushButton* m_clearNow;
    QLabel* m_firmware;
    bool m_running = false;
    bool m_cleared = false;
};

} // namespace tpmprov::ui
