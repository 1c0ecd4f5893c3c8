#pragma once
// "Already owned": verify a password the user has (one try at a time; wrong tries count
// toward the TPM's lockout) or go on to clearing it. objectNames: alreadyOwnedPage,
// ownedVerifyChoice, ownedClearChoice, ownedPassword, ownedEncoding, ownedCheck,
// ownedReveal, ownedResult, ownedKeep. A password an earlier run kept in the keyring for
// this TPM is filled in: one click on "Check" verifies it.

#include "pages/PageBase.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QFormLayout;
class QRadioButton;

namespace tpmprov::ui {

class AlreadyOwnedPage : public PageBase {
    Q_OBJECT
public:
    explicit AlreadyOwnedPage(WizardContext* context, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;
    void check(); // one VerifyOwner

private:
    void updateState();
    void keepVerified();
    void checkLockout(); // a TPM 2.0: one VerifyLockout
    void applyFamilyWords();
    void fillKept(const OwnerPasswordRecord& record);

    QFormLayout* m_form;
    QLabel* m_warning;
    QRadioButton* m_verify;
    QRadioButton* m_clear;
    QLineEdit* m_password;
    QComboBox* m_encoding;
    QPushButton* m_check;
    QLabel* m_result;
    QCheckBox* m_keep;
    QCheckBox* m_reveal;
    std::optional<OwnerPasswordRecord> m_filled; // what was filled in from the keyring
    bool m_checking = false;
    bool m_accepted = false;
    bool m_keeping = false;
};

} // namespace tpmprov::ui
