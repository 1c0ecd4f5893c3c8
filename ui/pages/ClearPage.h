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
    // The way on is a clear, or (a TPM 2.0 without its lockout password) the firmware's.
    bool isComplete() const override { return m_cleared || m_requested; }
    int nextId() const override { return m_requested ? int(RestartPageId) : int(ClearedPageId); }
    void clearNow();
    bool softwareClearPossible() const;

private:
    void initializeTpm2();
    void offerFirmwareClearTpm12(); // software cannot clear: the PPI where offered
    void clearWithLockout();
    void requestFirmwareClear();
    void failed(const BackendResult& result, const QString& what);
    void finishCleared();

    QLabel* m_losses;
    QLabel* m_after;
    QCheckBox* m_confirm;
    QPushButton* m_clearNow;
    QLabel* m_firmware;
    bool m_running = false;
    bool m_cleared = false;
    bool m_requested = false;    // the firmware was asked to clear at the next start
    bool m_byLockout = false;    // a TPM 2.0 cleared with its checked lockout password
    bool m_lockoutEmpty = false; // ... or with the empty one nobody changed
    bool m_byFirmware = false;   // cleared through the firmware's PPI
    std::uint32_t m_firmwareOperation = WizardContext::kPpiClear;
};

} // namespace tpmprov::ui
