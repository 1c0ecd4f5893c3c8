#pragma once
// What the pages share: the TPM backend, the stores, the last state read, the chosen owner
// password, and the injectable pieces (dialogs, restart) tests replace.

#include "backend/TpmBackend.h"
#include "model/JobReport.h"
#include "model/TpmStatus.h"
#include "stores/SecretStore.h"
#include "system/MachineIdentity.h"
#include "system/ServiceControl.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>
#include <optional>

class QDialog;
class QWidget;

namespace tpmprov::ui {

class KeychainStore;
class PrintStore;
class Rebooter;
class RecoveryFileStore;

enum PageId {
    IntroPageId,
    TurnOnPageId,
    RestartPageId,
    FirmwarePageId, // presence locked by firmware (or owner install off)
    PasswordPageId,
    OwnershipPageId,
    AlreadyOwnedPageId,
    ClearPageId,
    ClearedPageId,
    DonePageId,
};

class WizardContext : public QObject {
    Q_OBJECT
public:
    explicit WizardContext(TpmBackend* backend, QObject* parent = nullptr);
    ~WizardContext() override;

    TpmBackend* backend() const { return m_backend; }

    // The stores (owned by the context unless replaced).
    KeychainStore* keychain() const { return m_keychain; }
    RecoveryFileStore* recoveryFile() const { return m_file; }
    PrintStore* printer() const { return m_print; }
    // Replaces the keyring store (tests: a store that fails). Takes ownership.
    void setKeyringStore(SecretStore* store);
    SecretStore* keyringStore() const { return m_keyring; }

    Rebooter* rebooter() const { return m_rebooter; }
    void setRebooter(Rebooter* rebooter); // takes ownership

    // Confirmation questions (default: QMessageBox). Tests return true/false directly.
    std::function<bool(QWidget* parent, const QString& title, const QString& text)> confirm;
    // Stops a system service (the error dialog's "Stop tcsd"; default: systemd on the system
    // bus). Tests replace it.
    UnitStopper stopUnit;
    // "Save as" file choice (default: QFileDialog). Returns "" when cancelled.
    std::function<QString(QWidget* parent, const QString& title, const QString& suggested)>
        chooseSaveFile;
    // The program the autostart entry runs (default: this executable).
    QString programPath;
    // Autostart handling can be switched off (screenshots, tests that do not want it).
    bool autostartEnabled = true;

    // This computer (tests may replace it).
    MachineIdentity machine = MachineIdentity::local();

    // The last state read.
    TpmStatus status;
    // Routes a state to the page that handles it.
    int routeFor(const TpmStatus& s) const;

    // A record for the current TPM on this computer with `password` (encoding and SRK set
    // by the caller).
    OwnerPasswordRecord newRecord(const QString& password) const;
    // The password a run kept for this TPM, looked up in the keyring once the TPM is known
    // to be owned (std::nullopt: none found, or not looked up yet); then() after the lookup.
    std::optional<OwnerPasswordRecord> keptRecord;
    void findKeptRecord(std::function<void()> then);

    // The owner password chosen on the password page (or verified on "already owned").
    OwnerPasswordRecord record;
    QList<QPointer<SecretStore>> chosenStores;
    QStringList keptAt;     // locations that verified, for the Done page
    bool ownedByUs = false; // this wizard (this run) took ownership
    bool ownerVerified = false;
    JobReport lastJob;       // the last job's report (notes, trace)
    bool tpmChanged = false; // this run changed the TPM (Cancel then asks)
    // Continuing after a restart: "Your TPM" and "Turn on" go on by themselves while they
    // have nothing to decide (only the self-test and the endorsement key are left).
    bool resumed = false;
    bool cleared = false; // this run cleared the TPM
    // A PPI request this run wrote, which the firmware carries out at the next start (0:
    // none; kPpiClear, kPpiEnableClear, kPpiTurnOn).
    std::uint32_t firmwareRequest = 0;
    static constexpr std::uint32_t kPpiClear = 5;
    static constexpr std::uint32_t kPpiTurnOn = 6; // enable + activate
    static constexpr std::uint32_t kPpiEnableClear = 14;
    bool selfTestDone = false;   // the self-test passed in this run
    bool coldBootNeeded = false; // a self-test failed: the restart must be a power-off

    void updateStatus(const TpmStatus& s);
    // The state the TPM is left in, in one or two sentences (Cancel's question).
    QString stateInWords() const;
    // Whether the pages speak of a TPM 2.0 (its lockout password) or a TPM 1.2 (its owner).
    bool isTpm2() const { return status.isTpm2(); }

    // The last error shown (tests read it).
    QString lastErrorWhat;

Q_SIGNALS:
    void statusChanged();
    // An error dialog was opened (tests: find its buttons; screenshots: grab it).
    void errorShown(QDialog* dialog);

private:
    int routeTpm2(const TpmStatus& s) const;
    QString tpm2StateInWords() const;
    TpmBackend* m_backend;
    SecretStore* m_keyring = nullptr;
    KeychainStore* m_keychain = nullptr;
    RecoveryFileStore* m_file = nullptr;
    PrintStore* m_print = nullptr;
    Rebooter* m_rebooter = nullptr;
};

} // namespace tpmprov::ui
