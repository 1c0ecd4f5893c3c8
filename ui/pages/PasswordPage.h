#pragma once
// "Owner password": a generated passphrase (default) or a typed one with a strength hint;
// where to keep it (and the advice to keep a second copy elsewhere); under "Advanced" the
// compatibility and SRK choices; what "Take ownership" (the Next button) will do.
// objectNames: passwordGenerated, passwordRegenerate, passwordOwn, passwordEdit,
// passwordConfirm, passwordStrength, storeKeyring, storeFile, storeFilePath,
// storeFileBrowse, storePrint, passwordAdvancedToggle, encodingSha1, encodingWindows,
// encodingUtf16Nul, srkWellKnown, passwordReady.

#include "pages/PageBase.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QToolButton;

class QGroupBox;

namespace tpmprov::ui {

class PasswordPage : public PageBase {
    Q_OBJECT
public:
    explicit PasswordPage(WizardContext* context, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override { return OwnershipPageId; }

    QString password() const;
    tpm::SecretEncoding encoding() const;

private:
    // The page's three boxes (each sets its members), then the signals between them.
    QGroupBox* buildPasswordBox(QWidget* parent);
    QGroupBox* buildEncodingBox(QWidget* parent);
    QGroupBox* buildStoreBox(QWidget* parent);
    void connectSignals();
    void updateState();
    void applyFamilyWords();
    // The TPM 2.0 lockout password's limit in UTF-8 bytes: a SHA-256 digest, the context hash
    // of the TPMs in PCs (the helper checks the TPM's own limit before anything is sent).
    static constexpr int kMaxLockoutPasswordBytes = 32;

    QRadioButton* m_generate;
    QRadioButton* m_own;
    QLineEdit* m_generated;
    QPushButton* m_regenerate;
    QLineEdit* m_edit;
    QLineEdit* m_confirm;
    QLabel* m_strength;
    QRadioButton* m_sha1;
    QRadioButton* m_windows;
    QRadioButton* m_utf16nul;
    QCheckBox* m_srkWellKnown;
    QCheckBox* m_keyring;
    QCheckBox* m_file;
    QLineEdit* m_filePath;
    QPushButton* m_browse;
    QCheckBox* m_print;
    QLabel* m_problem;
    QLabel* m_ready;
    QToolButton* m_advancedToggle;
    QGroupBox* m_advanced;
};

} // namespace tpmprov::ui
