#include "pages/PasswordPage.h"

#include "stores/KeychainStore.h"
#include "stores/Passphrase.h"
#include "stores/PasswordSecret.h"
#include "stores/PrintStore.h"
#include "stores/RecoveryFileStore.h"
#include "widgets/DisclosureButton.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizard>

namespace tpmprov::ui {

namespace {

template <class W>
W* named(W* widget, const char* objectName, const QString& accessibleName) {
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

QLabel* hint(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setIndent(parent->fontMetrics().averageCharWidth() * 3);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    label->setPalette(p);
    return label;
}

} // namespace

PasswordPage::PasswordPage(WizardContext* context, QWidget* parent) : PageBase(context, parent) {
    setObjectName(QStringLiteral("passwordPage"));
    // Title, subtitle, the ready line and Next's text depend on the TPM's family:
    // applyFamilyWords() sets them when the page is shown.

    auto* layout = scrollingLayout(QStringLiteral("passwordScroll"), tr("Owner password choices"));
    QWidget* content = layout->parentWidget();

    layout->addWidget(buildPasswordBox(content));
    layout->addWidget(buildStoreBox(content));
    // Which software derives the secret, and the storage key's password: the defaults suit
    // nearly everyone, so the choices wait behind "Advanced".
    m_advanced = buildEncodingBox(content);
    m_advancedToggle = new DisclosureButton(tr("Ad&vanced: other software, storage key password"),
                                            tr("Show the advanced choices"),
                                            tr("Hide the advanced choices"), m_advanced, content);
    m_advancedToggle->setObjectName(QStringLiteral("passwordAdvancedToggle"));
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    m_problem = named(new QLabel(content), "passwordProblem", tr("Problem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_ready = paragraph(layout, {}, QStringLiteral("passwordReady"));
    layout->addStretch(1);

    connectSignals();
}

QGroupBox* PasswordPage::buildPasswordBox(QWidget* parent) {
    // The password.
    auto* pwBox = new QGroupBox(tr("Password"), parent);
    auto* pw = new QGridLayout(pwBox);
    m_generate = named(new QRadioButton(tr("&Use this strong passphrase (recommended)"), pwBox),
                       "passwordGenerated", tr("Use a generated passphrase"));
    m_generated = named(new QLineEdit(pwBox), "passwordGeneratedText", tr("Generated passphrase"));
    m_generated->setReadOnly(true);
    m_generated->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_regenerate = named(new QPushButton(tr("N&ew"), pwBox), "passwordRegenerate",
                         tr("Generate a different passphrase"));
    m_own = named(new QRadioButton(tr("&Type my own password"), pwBox), "passwordOwn",
                  tr("Type my own password"));
    m_edit = named(new QLineEdit(pwBox), "passwordEdit", tr("Owner password"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setPlaceholderText(tr("Password"));
    m_confirm = named(new QLineEdit(pwBox), "passwordConfirm", tr("Repeat the owner password"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setPlaceholderText(tr("Repeat it"));
    m_strength = named(new QLabel(pwBox), "passwordStrength", tr("Password strength"));
    m_strength->setWordWrap(true);
    pw->addWidget(m_generate, 0, 0, 1, 2);
    pw->addWidget(m_generated, 1, 0);
    pw->addWidget(m_regenerate, 1, 1);
    pw->addWidget(m_own, 2, 0, 1, 2);
    pw->addWidget(m_edit, 3, 0, 1, 2);
    pw->addWidget(m_confirm, 4, 0, 1, 2);
    pw->addWidget(m_strength, 5, 0, 1, 2);
    auto* modeGroup = new QButtonGroup(this);
    modeGroup->addButton(m_generate);
    modeGroup->addButton(m_own);
    m_generate->setChecked(true);

    return pwBox;
}

QGroupBox* PasswordPage::buildEncodingBox(QWidget* parent) {
    // Compatibility.
    auto* encBox = new QGroupBox(tr("Which software will use this password?"), parent);
    auto* enc = new QVBoxLayout(encBox);
    m_sha1 =
        named(new QRadioButton(tr("Linux tools: tpm-tools, TrouSerS, Heads (recommended)"), encBox),
              "encodingSha1", tr("Compatible with tpm-tools and Heads"));
    m_windows = named(new QRadioButton(tr("Windows (its TPM console, tpm.msc)"), encBox),
                      "encodingWindows", tr("Compatible with Windows"));
    m_utf16nul = named(new QRadioButton(tr("Older TPM software that asks in a pop-up window "
                                           "(rarely needed)"),
                                        encBox),
                       "encodingUtf16Nul", tr("Compatible with older pop-up password prompts"));
    enc->addWidget(m_sha1);
    enc->addWidget(m_windows);
    enc->addWidget(m_utf16nul);
    enc->addWidget(hint(tr("The TPM stores a fingerprint of the password, and programs compute "
                           "it in different ways. Pick the one you will type it into later."),
                        encBox));
    m_sha1->setChecked(true);
    m_srkWellKnown = named(new QCheckBox(tr("Use the &well-known storage key password "
                                            "(recommended)"),
                                         encBox),
                           "srkWellKnown", tr("Use the well-known storage root key password"));
    m_srkWellKnown->setChecked(true);
    enc->addWidget(m_srkWellKnown);
    enc->addWidget(hint(tr("Most TPM software expects it; your owner password still protects "
                           "the TPM. Without it, the storage key gets the owner password too."),
                        encBox));

    return encBox;
}

QGroupBox* PasswordPage::buildStoreBox(QWidget* parent) {
    // Where to keep it.
    auto* keepBox = new QGroupBox(tr("Where to keep it"), parent);
    auto* keep = new QGridLayout(keepBox);
    m_keyring = named(new QCheckBox(tr("In my &desktop keyring (recommended)"), keepBox),
                      "storeKeyring", tr("Keep the password in the desktop keyring"));
    m_keyring->setChecked(true);
    m_file = named(new QCheckBox(tr("In a &recovery file, readable only by me"), keepBox),
                   "storeFile", tr("Keep the password in a recovery file"));
    m_filePath = named(new QLineEdit(keepBox), "storeFilePath", tr("Recovery file"));
    m_browse = named(new QPushButton(tr("Br&owse\u2026"), keepBox), "storeFileBrowse",
                     tr("Choose the recovery file"));
    m_print =
        named(new QCheckBox(tr("&Print a copy as well, to keep away from the computer"), keepBox),
              "storePrint", tr("Print the password"));
    keep->addWidget(m_keyring, 0, 0, 1, 2);
    keep->addWidget(m_file, 1, 0, 1, 2);
    keep->addWidget(m_filePath, 2, 0);
    keep->addWidget(m_browse, 2, 1);
    keep->addWidget(m_print, 3, 0, 1, 2);
    keep->addWidget(hint(tr("The wizard saves the password and reads it back before it sets "
                            "it on the TPM. A printed copy cannot be checked, so it is kept "
                            "in addition to the keyring or the file."),
                         keepBox),
                    4, 0, 1, 2);
    keep->addWidget(hint(tr("Keep a second copy away from this computer as well \u2014 a "
                            "printout, or the recovery file copied to a USB stick \u2014 so a "
                            "broken disk does not take the only copy with it."),
                         keepBox),
                    5, 0, 1, 2);

    return keepBox;
}

void PasswordPage::connectSignals() {
    connect(m_regenerate, &QPushButton::clicked, this,
            [this] { m_generated->setText(generatePassphrase()); });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = ctx()->chooseSaveFile(this, tr("Recovery file"), m_filePath->text());
        if (!path.isEmpty()) {
            m_filePath->setText(path);
            m_file->setChecked(true);
        }
    });
    for (QAbstractButton* b :
         {static_cast<QAbstractButton*>(m_generate), static_cast<QAbstractButton*>(m_own),
          static_cast<QAbstractButton*>(m_keyring), static_cast<QAbstractButton*>(m_file),
          static_cast<QAbstractButton*>(m_print)})
        connect(b, &QAbstractButton::toggled, this, &PasswordPage::updateState);
    for (QLineEdit* e : {m_edit, m_confirm, m_filePath})
        connect(e, &QLineEdit::textChanged, this, &PasswordPage::updateState);
    // Top to bottom, as the page reads (the rows of the grids included).
    QWidget* previous = m_generate;
    for (QWidget* next : std::initializer_list<QWidget*>{
             m_generated, m_regenerate, m_own, m_edit, m_confirm, m_keyring, m_file, m_filePath,
             m_browse, m_print, m_advancedToggle, m_sha1, m_windows, m_utf16nul, m_srkWellKnown}) {
        setTabOrder(previous, next);
        previous = next;
    }
}

// A TPM 2.0's lockout password: the same choices and stores, other words; no encoding (its
// bytes are the value) and no storage key password (the shared SRK has none).
void PasswordPage::applyFamilyWords() {
    const bool tpm2 = ctx()->isTpm2();
    setTitle(tpm2 ? tr("Lockout password") : tr("Owner password"));
    setSubTitle(tpm2 ? tr("The lockout password can clear the TPM and end a lockout; other "
                          "programs never need it. The wizard keeps it for you before the TPM "
                          "is told about it.")
                     : tr("Whoever knows the owner password controls the TPM. The wizard keeps "
                          "it for you before the TPM is told about it."));
    m_edit->setAccessibleName(tpm2 ? tr("Lockout password") : tr("Owner password"));
    m_confirm->setAccessibleName(tpm2 ? tr("Repeat the lockout password")
                                      : tr("Repeat the owner password"));
    m_advancedToggle->setVisible(!tpm2);
    if (tpm2)
        m_advanced->setVisible(false);
    m_ready->setText(tpm2 ? tr("Ready to set up the TPM: \u201cSet up the TPM\u201d keeps the "
                               "password where you chose and reads it back, then creates the "
                               "storage key, sets the protection against guessing and the "
                               "lockout password, and checks the result.")
                          : tr("Ready to take ownership: \u201cTake ownership\u201d keeps the "
                               "password where you chose and reads it back, then makes you the "
                               "TPM's owner. Only clearing the TPM undoes this."));
    m_ready->setAccessibleName(m_ready->text());
    setButtonText(QWizard::NextButton, tpm2 ? tr("&Set up the TPM") : tr("Ta&ke ownership"));
}

void PasswordPage::initializePage() {
    applyFamilyWords();
    if (m_generated->text().isEmpty())
        m_generated->setText(generatePassphrase());
    if (m_filePath->text().isEmpty())
        m_filePath->setText(
            RecoveryFileStore::suggestedPath(ctx()->machine.hostName, ctx()->isTpm2()));
    updateState();
}

QString PasswordPage::password() const {
    return m_generate->isChecked() ? m_generated->text() : m_edit->text();
}

tpm::SecretEncoding PasswordPage::encoding() const {
    if (m_windows->isChecked())
        return tpm::SecretEncoding::Windows;
    if (m_utf16nul->isChecked())
        return tpm::SecretEncoding::Utf16Nul;
    return tpm::SecretEncoding::Sha1;
}

void PasswordPage::updateState() {
    const bool own = m_own->isChecked();
    m_generated->setEnabled(!own);
    m_regenerate->setEnabled(!own);
    m_edit->setEnabled(own);
    m_confirm->setEnabled(own);
    m_filePath->setEnabled(m_file->isChecked());
    m_browse->setEnabled(true);
    QString strength;
    if (own) {
        const StrengthEstimate e = estimateStrength(m_edit->text());
        switch (e.strength) {
        case Strength::Empty:
            strength = tr("Type a password, at least 8 characters.");
            break;
        case Strength::Weak:
            strength = tr("Weak: easy to guess. Use more words or characters.");
            break;
        case Strength::Fair:
            strength = tr("Fair: acceptable; longer is better.");
            break;
        case Strength::Strong:
            strength = tr("Strong.");
            break;
        }
        if (!m_confirm->text().isEmpty() && m_confirm->text() != m_edit->text())
            strength = tr("%1 The two passwords differ.").arg(strength);
    } else {
        strength =
            tr("About %1 bits of randomness: practically impossible to guess.").arg(kGeneratedBits);
    }
    m_strength->setText(strength);
    m_strength->setAccessibleDescription(strength);
    QString problem;
    if (!m_keyring->isChecked() && !m_file->isChecked())
        problem = tr("Choose the keyring or a recovery file: the password must be kept "
                     "somewhere the wizard can check.");
    m_problem->setText(problem);
    Q_EMIT completeChanged();
}

bool PasswordPage::isComplete() const {
    if (!m_keyring->isChecked() && !m_file->isChecked())
        return false;
    if (m_file->isChecked() && m_filePath->text().trimmed().isEmpty())
        return false;
    if (m_own->isChecked())
        return m_edit->text().size() >= 8 && m_edit->text() == m_confirm->text();
    return !m_generated->text().isEmpty();
}

bool PasswordPage::validatePage() {
    OwnerPasswordRecord record = ctx()->newRecord(password());
    record.encoding = encoding();
    record.srk = m_srkWellKnown->isChecked() ? OwnerPasswordRecord::Srk::WellKnown
                                             : OwnerPasswordRecord::Srk::OwnerPassword;
    if (record.isLockout()) {
        record.encoding = tpm::SecretEncoding::Sha1; // not used: the bytes are the value
        record.srk = OwnerPasswordRecord::Srk::Unknown;
        // At most the TPM's context-hash size (32 bytes for SHA-256) as UTF-8.
        if (record.password.toUtf8().size() > kMaxLockoutPasswordBytes) {
            m_problem->setText(tr("A lockout password is at most %1 bytes (letters outside "
                                  "ASCII take two or more). Use a shorter one.")
                                   .arg(kMaxLockoutPasswordBytes));
            return false;
        }
    } else if (!secretFromPassword(record.password, record.encoding)) {
        m_problem->setText(tr("This password cannot be used with the chosen software."));
        return false;
    }
    ctx()->record = record;
    ctx()->chosenStores.clear();
    if (m_keyring->isChecked())
        ctx()->chosenStores.append(ctx()->keyringStore());
    if (m_file->isChecked()) {
        ctx()->recoveryFile()->setPath(m_filePath->text().trimmed());
        ctx()->chosenStores.append(ctx()->recoveryFile());
    }
    if (m_print->isChecked())
        ctx()->chosenStores.append(ctx()->printer());
    return true;
}

} // namespace tpmprov::ui
