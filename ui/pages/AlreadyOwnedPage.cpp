#include "pages/AlreadyOwnedPage.h"

#include "model/Words.h"
#include "stores/KeychainStore.h"
#include "stores/PasswordSecret.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <optional>

namespace tpmprov::ui {

AlreadyOwnedPage::AlreadyOwnedPage(WizardContext* context, QWidget* parent)
    : PageBase(context, parent) {
    setObjectName(QStringLiteral("alreadyOwnedPage"));
    // Title, subtitle, the choices' and the password's words and the warning depend on the
    // TPM's family: applyFamilyWords() sets them when the page is shown.
    auto* layout =
        scrollingLayout(QStringLiteral("ownedScroll"), tr("The TPM already has an owner"));
    m_verify = new QRadioButton(this);
    m_verify->setObjectName(QStringLiteral("ownedVerifyChoice"));
    m_verify->setAccessibleName(tr("Check the owner password I know"));
    m_verify->setChecked(true);
    layout->addWidget(m_verify);

    auto* form = new QFormLayout;
    m_form = form;
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("ownedPassword"));
    m_password->setAccessibleName(tr("Owner password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Owner password:"), m_password);
    m_reveal = new QCheckBox(tr("&Show the password"), this);
    m_reveal->setObjectName(QStringLiteral("ownedReveal"));
    m_reveal->setAccessibleName(tr("Show the owner password"));
    form->addRow(QString(), m_reveal);
    connect(m_reveal, &QCheckBox::toggled, this, [this](bool on) {
        m_password->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("ownedEncoding"));
    m_encoding->setAccessibleName(tr("Software the password was set with"));
    m_encoding->addItem(words::encodingLabel(tpm::SecretEncoding::Sha1),
                        int(tpm::SecretEncoding::Sha1));
    m_encoding->addItem(words::encodingLabel(tpm::SecretEncoding::Windows),
                        int(tpm::SecretEncoding::Windows));
    m_encoding->addItem(words::encodingLabel(tpm::SecretEncoding::Utf16Nul),
                        int(tpm::SecretEncoding::Utf16Nul));
    form->addRow(tr("Set &with:"), m_encoding);
    layout->addLayout(form);
    m_warning = paragraph(layout, {}, QStringLiteral("ownedWarning"));
    m_check = new QPushButton(tr("C&heck this password"), this);
    m_check->setObjectName(QStringLiteral("ownedCheck"));
    m_check->setAccessibleName(tr("Check this password once"));
    layout->addWidget(m_check, 0, Qt::AlignLeft);
    m_result = paragraph(layout, {}, QStringLiteral("ownedResult"));
    m_keep = new QCheckBox(tr("Keep the checked password in my &desktop keyring"), this);
    m_keep->setObjectName(QStringLiteral("ownedKeep"));
    m_keep->setAccessibleName(tr("Keep the password in the desktop keyring"));
    m_keep->setChecked(true);
    layout->addWidget(m_keep);

    m_clear = new QRadioButton(this);
    m_clear->setObjectName(QStringLiteral("ownedClearChoice"));
    m_clear->setAccessibleName(tr("Clear the TPM"));
    layout->addWidget(m_clear);
    layout->addStretch(1);
    auto* group = new QButtonGroup(this);
    group->addButton(m_verify);
    group->addButton(m_clear);

    // Top to bottom: the check's controls, then the other choice.
    setTabOrder(m_verify, m_password);
    setTabOrder(m_password, m_reveal);
    setTabOrder(m_reveal, m_encoding);
    setTabOrder(m_encoding, m_check);
    setTabOrder(m_check, m_keep);
    setTabOrder(m_keep, m_clear);

    connect(m_check, &QPushButton::clicked, this, &AlreadyOwnedPage::check);
    connect(m_verify, &QRadioButton::toggled, this, &AlreadyOwnedPage::updateState);
    connect(m_password, &QLineEdit::textChanged, this, &AlreadyOwnedPage::updateState);
    connect(m_password, &QLineEdit::returnPressed, this, &AlreadyOwnedPage::check);
}

// A TPM 2.0: the lockout password (one try, then blocked for the lockout-recovery time); no
// encoding, its bytes are the value.
void AlreadyOwnedPage::applyFamilyWords() {
    const bool tpm2 = ctx()->isTpm2();
    setTitle(tpm2 ? tr("The TPM already has passwords") : tr("The TPM already has an owner"));
    setSubTitle(tpm2 ? tr("Windows, a previous owner or the firmware set this TPM up. If you "
                          "know its lockout password, the wizard can check it and keep it; "
                          "otherwise the TPM can be cleared.")
                     : tr("Someone took ownership of this TPM before. If you know the owner "
                          "password, the wizard can check it and keep it; otherwise the TPM "
                          "can be cleared."));
    m_verify->setText(tpm2 ? tr("I &know the lockout password: check it")
                           : tr("I &know the owner password: check it"));
    m_clear->setText(tpm2 ? tr("&Clear the TPM instead (destroys its keys)")
                          : tr("I do not know it: &clear the TPM (destroys its keys)"));
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(m_password)))
        label->setText(tpm2 ? tr("&Lockout password:") : tr("&Owner password:"));
    m_password->setAccessibleName(tpm2 ? tr("Lockout password") : tr("Owner password"));
    m_encoding->setVisible(!tpm2);
    if (QWidget* label = m_form->labelForField(m_encoding))
        label->setVisible(!tpm2);
    QString warning = tr("Each wrong try counts toward the TPM's lockout: after several, the TPM "
                         "refuses the owner for a while, even the right password. The wizard "
                         "therefore checks one password at a time and never retries by "
                         "itself.");
    if (tpm2) {
        const auto& da = ctx()->status.tpm2().dictionaryAttack;
        warning =
            tr("One try: after a wrong lockout password the TPM refuses the lockout "
               "password \u2014 even the right one \u2014 for %1. The wizard checks once "
               "and never retries by itself.")
                .arg(da ? words::duration(da->lockoutRecovery) : tr("its lockout-recovery time"));
    }
    m_warning->setText(warning);
    m_warning->setAccessibleName(warning);
    // A TPM 2.0 with passwords but no lockout password: nothing to check; clearing needs none.
    const bool nothingToCheck = tpm2 && !ctx()->status.tpm2Permanent().lockoutAuthSet;
    for (QWidget* w : std::initializer_list<QWidget*>{m_verify, m_password, m_reveal, m_check,
                                                      m_warning, m_result, m_keep})
        w->setVisible(!nothingToCheck);
    if (QWidget* label = m_form->labelForField(m_password))
        label->setVisible(!nothingToCheck);
    if (nothingToCheck) {
        setSubTitle(tr("Someone set an owner or endorsement password on this TPM, but no "
                       "lockout password. If other programs need those passwords, keep the "
                       "TPM as it is; otherwise the wizard can clear it and set it up."));
        m_clear->setChecked(true);
    }
}

void AlreadyOwnedPage::initializePage() {
    applyFamilyWords();
    m_accepted = false;
    m_filled.reset();
    m_result->clear();
    m_reveal->setChecked(false);
    m_keep->setChecked(true);
    updateState();
    m_password->setFocus();
    // The keyring may already hold this TPM's password (kept by an earlier run): the first
    // page looked it up; look again when it could not.
    if (ctx()->keptRecord) {
        fillKept(*ctx()->keptRecord);
        return;
    }
    ctx()->findKeptRecord([this] {
        if (ctx()->keptRecord && m_password->text().isEmpty())
            fillKept(*ctx()->keptRecord);
    });
}

void AlreadyOwnedPage::fillKept(const OwnerPasswordRecord& record) {
    if (m_accepted)
        return;
    m_filled = record;
    m_verify->setChecked(true);
    m_password->setText(record.password);
    const int i = m_encoding->findData(int(record.encoding));
    if (i >= 0)
        m_encoding->setCurrentIndex(i);
    m_result->setText(tr("Your keyring holds the password a run of this wizard kept for "
                         "this TPM; it is filled in. Press \u201c"
                         "Check this password\u201d to "
                         "confirm that it still works."));
    announce(m_result);
    m_check->setDefault(true);
    m_check->setFocus();
    updateState();
}

void AlreadyOwnedPage::updateState() {
    const bool verify = m_verify->isChecked();
    m_password->setEnabled(verify && !m_accepted);
    m_encoding->setEnabled(verify && !m_accepted);
    m_check->setEnabled(verify && !m_checking && !m_accepted && !m_password->text().isEmpty());
    // Locked once the check ran: by then it was saved (or it was decided not to).
    m_keep->setEnabled(verify && !m_accepted);
    Q_EMIT completeChanged();
}

void AlreadyOwnedPage::check() {
    if (m_checking || m_password->text().isEmpty() || m_accepted)
        return;
    if (ctx()->isTpm2()) {
        checkLockout();
        return;
    }
    const auto encoding = static_cast<tpm::SecretEncoding>(m_encoding->currentData().toInt());
    auto secret = secretFromPassword(m_password->text(), encoding);
    if (!secret) {
        m_result->setText(tr("This password cannot be used with the chosen software."));
        return;
    }
    m_checking = true;
    m_result->setText(tr("Checking\u2026"));
    updateState();
    BackendCall* call = backend()->verifyOwner(*secret);
    connect(call, &BackendCall::finished, this, [this, encoding](const BackendResult& r) {
        m_checking = false;
        if (!r.ok()) {
            m_result->clear();
            ErrorInfo info;
            info.what = tr("Checking the owner password");
            info.error = r.error;
            showError(info, false);
        } else if (r.accepted) {
            m_accepted = true;
            m_result->setText(tr("The TPM accepted this password. You are its owner."));
            OwnerPasswordRecord record = ctx()->newRecord(m_password->text());
            record.encoding = encoding;
            // Its storage root key password is known only if a run of this wizard set it.
            record.srk = m_filled && m_filled->password == record.password
                             ? m_filled->srk
                             : OwnerPasswordRecord::Srk::Unknown;
            ctx()->record = record;
            ctx()->ownerVerified = true;
            keepVerified();
        } else {
            m_result->setText(tr("The TPM did not accept this password. Check the spelling "
                                 "and the software it was set with before trying again."));
        }
        announce(m_result);
        updateState();
    });
}

void AlreadyOwnedPage::checkLockout() {
    m_checking = true;
    m_result->setText(tr("Checking\u2026"));
    updateState();
    BackendCall* call = backend()->verifyLockout(authValueFromPassword(m_password->text()));
    connect(call, &BackendCall::finished, this, [this](const BackendResult& r) {
        m_checking = false;
        if (!r.ok()) {
            m_result->clear();
            ErrorInfo info;
            info.what = tr("Checking the lockout password");
            info.error = r.error;
            showError(info, false);
        } else if (r.accepted) {
            m_accepted = true;
            m_result->setText(tr("The TPM accepted this lockout password."));
            ctx()->record = ctx()->newRecord(m_password->text());
            ctx()->ownerVerified = true;
            keepVerified();
        } else {
            m_result->setText(tr("The TPM did not accept this lockout password. It now refuses "
                                 "the lockout password for a while (see the warning above); "
                                 "check where it was written down before trying again."));
        }
        announce(m_result);
        updateState();
    });
}

void AlreadyOwnedPage::keepVerified() {
    ctx()->keptAt.clear();
    if (!m_keep->isChecked())
        return;
    m_keeping = true;
    StoreCall* call = ctx()->keyringStore()->storeAndVerify(ctx()->record);
    connect(call, &StoreCall::finished, this, [this](bool ok, const QString& error) {
        m_keeping = false;
        if (ok)
            ctx()->keptAt << ctx()->keyringStore()->location();
        else
            m_result->setText(
                tr("%1 It could not be kept in the keyring: %2").arg(m_result->text(), error));
        updateState();
    });
}

bool AlreadyOwnedPage::isComplete() const {
    return m_clear->isChecked() || (m_accepted && !m_keeping);
}

int AlreadyOwnedPage::nextId() const {
    return m_clear->isChecked() ? int(ClearPageId) : int(DonePageId);
}

} // namespace tpmprov::ui
