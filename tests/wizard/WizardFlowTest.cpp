// The whole wizard (tpmprov_ui) driven page by page by objectName, against the real helper on
// the private system bus, the real polkitd, swtpm and a real keyring. Started by
// wizard_tests.py, one function per run, inside its fixtures, as the unprivileged test user:
//
//   TPMPROV_WIZARD_TPM       the swtpm spec (for the restart: `tpmprov --tpm SPEC
//                            firmware-restart`, the demo's power cycle)
//   TPMPROV_WIZARD_TPMPROV   the tpmprov binary
//   TPMPROV_WIZARD_OUT       a directory: the password read back from the keyring is written
//                            there (owner-password, owner-encoding) for the root-side checks
//   TPMPROV_WIZARD_SCREENSHOT_DIR  optional: each page, once ready, and each error dialog
//                            is grabbed to DIR/NN-name.png (the screenshot tour of
//                            tools/screenshots runs these same functions under Xvfb)
//
// Every wait is bounded (QTRY_* with a deadline; they process events, they do not sleep).
#include "ProvisioningWizard.h"
#include "Translations.h"
#include "WizardContext.h"
#include "backend/HelperBackend.h"
#include "pages/OwnershipPage.h"
#include "stores/KeychainStore.h"
#include "system/Rebooter.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>
#include <functional>
#include <memory>
#include <qt6keychain/keychain.h>

using namespace tpmprov::ui;

namespace {

constexpr int kReadMs = 60 * 1000;  // a helper call (polkit + TPM)
constexpr int kStepMs = 300 * 1000; // a job (self-test, key generation on slow CI)

QString env(const char* name) {
    return qEnvironmentVariable(name);
}

// All the visible text of a widget and its children, for messages and checks.
QString textOf(const QWidget* w) {
    QStringList parts;
    for (const QLabel* l : w->findChildren<QLabel*>()) {
        if (!l->text().isEmpty()) {
            parts << l->text();
        }
    }
    return parts.join(QLatin1String(" | "));
}

} // namespace

class WizardFlowTest : public QObject {
    Q_OBJECT

    std::unique_ptr<HelperBackend> m_backend;
    std::unique_ptr<WizardContext> m_ctx;
    std::unique_ptr<ProvisioningWizard> m_wizard;
    QStringList m_visited;
    QList<QPointer<QDialog>> m_errors;
    std::function<void(QWidget*, const QString&)> m_onReady; // each page/dialog once ready
    QStringList m_audit;                                     // accessibility problems found
    QStringList m_shotNames; // the names of the next pages' screenshots, in order
    bool m_english = true;   // no catalogue loaded: the texts checked below are the source's

    QString page() const {
        return m_wizard && m_wizard->currentPage() ? m_wizard->currentPage()->objectName()
                                                   : QString();
    }
    QAbstractButton* button(QWizard::WizardButton which) const { return m_wizard->button(which); }
    template <typename T>
    T* child(const char* name) const {
        return m_wizard->findChild<T*>(QLatin1String(name));
    }
    QDialog* openError() const {
        for (const auto& d : m_errors) {
            if (d && d->isVisible()) {
                return d;
            }
        }
        return nullptr;
    }
    QString where() const {
        QString s = QStringLiteral("on page %1 (visited: %2)")
                        .arg(page(), m_visited.join(QLatin1String(" > ")));
        if (QDialog* d = openError()) {
            s += QStringLiteral("; error dialog: ") + textOf(d);
        }
        return s;
    }

    // Screenshot tour (TPMPROV_WIZARD_SCREENSHOT_DIR set): the wizard or a dialog as it is
    // now, to DIR/<name>.png. Called when a page is ready (its Next enabled), not on arrival.
    void shot(const QString& name, QWidget* widget = nullptr) {
        const QString dir = env("TPMPROV_WIZARD_SCREENSHOT_DIR");
        if (dir.isEmpty()) {
            return;
        }
        widget = widget ? widget : m_wizard.get();
        // Let pending layout and paint requests run: a page that just filled itself (longer
        // translated texts, new rows) is laid out again by posted LayoutRequest events.
        for (int pass = 0; pass < 5; ++pass) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
        }
        const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
        QVERIFY2(widget->grab().save(path), qPrintable(path));
        qInfo("screenshot %s", qPrintable(path));
    }

    // Every visible control under `root` can be reached by keyboard and is named for a screen
    // reader and for tests; no two mnemonics (&X) of one window collide. Collects problems.
    void audit(QWidget* root, const QString& where) {
        QMap<QChar, QStringList> mnemonics;
        const QRegularExpression mnemonic(QStringLiteral("&([^&\\s])"));
        auto noteMnemonic = [&](const QString& text, const QString& who) {
            const auto m = mnemonic.match(QString(text).replace(QLatin1String("&&"), QString()));
            if (m.hasMatch()) {
                mnemonics[m.captured(1).at(0).toLower()] << who;
            }
        };
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            if (!w->isVisibleTo(root) || qobject_cast<QScrollBar*>(w) ||
                qobject_cast<QAbstractSpinBox*>(w->parentWidget()) ||
                qobject_cast<QComboBox*>(w->parentWidget()) ||
                qobject_cast<QAbstractItemView*>(w->parentWidget())) {
                continue;
            }
            const bool control =
                qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) ||
                qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w) ||
                qobject_cast<QAbstractSlider*>(w) || qobject_cast<QPlainTextEdit*>(w) ||
                qobject_cast<QTextEdit*>(w) || qobject_cast<QAbstractItemView*>(w);
            if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy()) {
                noteMnemonic(label->text(), QStringLiteral("label \"%1\"").arg(label->text()));
            }
            if (!control && !qobject_cast<QProgressBar*>(w)) {
                continue;
            }
            const QString who =
                QStringLiteral("%1 \"%2\"")
                    .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
            if (w->objectName().isEmpty()) {
                m_audit << QStringLiteral("%1: a %2 has no objectName")
                               .arg(where, QString::fromLatin1(w->metaObject()->className()));
            }
            QString name = w->accessibleName();
            if (auto* b = qobject_cast<QAbstractButton*>(w)) {
                noteMnemonic(b->text(), who);
                if (name.isEmpty()) {
                    name = b->text();
                }
            }
            if (name.isEmpty()) {
                for (QLabel* l : root->findChildren<QLabel*>()) {
                    if (l->buddy() == w) {
                        name = l->text();
                    }
                }
            }
            if (name.isEmpty()) {
                m_audit << QStringLiteral(
                               "%1: %2 has no accessible name (nor text, nor buddy label)")
                               .arg(where, who);
            }
            if (control && w->focusPolicy() == Qt::NoFocus && w->isEnabled()) {
                m_audit << QStringLiteral("%1: %2 cannot take keyboard focus").arg(where, who);
            }
        }
        for (auto it = mnemonics.cbegin(); it != mnemonics.cend(); ++it) {
            if (it.value().size() > 1) {
                m_audit << QStringLiteral("%1: shortcut Alt+%2 is used by %3")
                               .arg(where, QString(it.key()), it.value().join(QLatin1String(", ")));
            }
        }
    }

    void start() {
        m_backend = std::make_unique<HelperBackend>();
        m_ctx = std::make_unique<WizardContext>(m_backend.get());
        m_ctx->autostartEnabled = false;
        m_ctx->confirm = [](QWidget*, const QString&, const QString&) { return true; };
        m_ctx->setRebooter(new CommandRebooter(env("TPMPROV_WIZARD_TPMPROV"),
                                               {QStringLiteral("--tpm"), env("TPMPROV_WIZARD_TPM"),
                                                QStringLiteral("firmware-restart")}));
        connect(m_ctx.get(), &WizardContext::errorShown, this,
                [this](QDialog* d) { m_errors << QPointer<QDialog>(d); });
        m_wizard = std::make_unique<ProvisioningWizard>(m_ctx.get());
        connect(m_wizard.get(), &QWizard::currentIdChanged, this,
                [this](int) { m_visited << page(); });
        if (!m_onReady && !env("TPMPROV_WIZARD_AUDIT").isEmpty()) {
            m_onReady = [this](QWidget* w, const QString& where) { audit(w, where); };
        }
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        m_visited << page();
    }

    // Clicks Next (or Finish/Commit) once it is enabled.
    void next(int timeoutMs) {
        QAbstractButton* b = button(QWizard::NextButton);
        if (!b->isVisible() && button(QWizard::CommitButton)->isVisible()) {
            b = button(QWizard::CommitButton);
        }
        QTRY_VERIFY2_WITH_TIMEOUT(b->isEnabled() || openError(), qPrintable(where()), timeoutMs);
        QVERIFY2(!openError(), qPrintable(where()));
        const QString before = page();
        if (m_onReady) {
            m_onReady(m_wizard.get(), before);
        }
        if (!m_shotNames.isEmpty()) {
            shot(m_shotNames.takeFirst());
        }
        QTest::mouseClick(b, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(page() != before || openError(), qPrintable(where()), kReadMs);
    }

    // Drives the wizard from wherever it is until it reaches `stop` (or any page in
    // `stopAlso`), taking the default answer on every page and restarting when asked.
    void driveUntil(const QString& stop, const QStringList& stopAlso = {}) {
        for (int guard = 0; guard < 20; ++guard) {
            const QString p = page();
            if (p == stop || stopAlso.contains(p)) {
                return;
            }
            QVERIFY2(!openError(), qPrintable(where()));
            if (p == QLatin1String("restartPage")) {
                auto* restart = child<QAbstractButton>("restartNow");
                QVERIFY(restart);
                QTRY_VERIFY2_WITH_TIMEOUT(restart->isEnabled(), qPrintable(where()), kReadMs);
                if (m_onReady) {
                    m_onReady(m_wizard.get(), p);
                }
                if (!m_shotNames.isEmpty()) {
                    shot(m_shotNames.takeFirst());
                }
                QTest::mouseClick(restart, Qt::LeftButton);
                QTRY_VERIFY2_WITH_TIMEOUT(page() != QLatin1String("restartPage") || openError(),
                                          qPrintable(where()), kStepMs);
                continue;
            }
            if (p == QLatin1String("firmwarePage") || p == QLatin1String("alreadyOwnedPage") ||
                p == QLatin1String("donePage") || p == QLatin1String("clearPage")) {
                QFAIL(qPrintable(QStringLiteral("stopped unexpectedly ") + where()));
            }
            next(p == QLatin1String("introPage") ? kReadMs : kStepMs);
            if (QTest::currentTestFailed()) {
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no end after 20 pages ") + where()));
    }

    // The password the wizard kept, read back through QtKeychain (outside the wizard's code),
    // written to TPMPROV_WIZARD_OUT for the root-side check.
    void readBackKeyring() {
        const QString key = KeychainStore::keyFor(m_ctx->record.ekFingerprint);
        QKeychain::ReadPasswordJob job(KeychainStore::service());
        job.setAutoDelete(false);
        job.setKey(key);
        QSignalSpy done(&job, &QKeychain::Job::finished);
        job.start();
        QVERIFY(done.count() > 0 || done.wait(30000));
        QVERIFY2(job.error() == QKeychain::NoError,
                 qPrintable(QStringLiteral("keyring entry %1: %2").arg(key, job.errorString())));
        OwnerPasswordRecord stored;
        QVERIFY2(KeychainStore::parse(job.textData(), stored), "the keyring entry parses");
        QCOMPARE(stored.password, m_ctx->record.password);
        QCOMPARE(stored.ekFingerprint, m_ctx->record.ekFingerprint);
        QVERIFY(!stored.password.isEmpty());
        writeOut(QStringLiteral("owner-password"), stored.password);
        writeOut(QStringLiteral("owner-encoding"), stored.encodingName());
    }

    void writeOut(const QString& name, const QString& text) {
        QFile f(QDir(env("TPMPROV_WIZARD_OUT")).filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        f.write(text.toUtf8());
    }

    void expectError(const QString& meaningPart) {
        QTRY_VERIFY2_WITH_TIMEOUT(openError() != nullptr, qPrintable(where()), kReadMs);
        const QString text = textOf(openError());
        qInfo("error dialog: %s", qPrintable(text));
        QVERIFY2(
            !m_english || text.contains(meaningPart, Qt::CaseInsensitive),
            qPrintable(
                QStringLiteral("expected \"%1\" in the error dialog: %2").arg(meaningPart, text)));
        QVERIFY(openError()->findChild<QAbstractButton*>(QStringLiteral("errorClose")));
        audit(openError(), QStringLiteral("errorDialog")); // cleanup() reports the findings
    }

private slots:
    void initTestCase() {
        // The locale's catalogue, as the wizard's main() loads it (the screenshot tour in
        // other languages); the text checks below apply to the English source only.
        m_english = tpmprov::i18n::install().isEmpty();
    }

    void cleanup() {
        m_audit.removeDuplicates();
        const QStringList audit = m_audit;
        m_wizard.reset();
        m_ctx.reset();
        m_backend.reset();
        m_visited.clear();
        m_errors.clear();
        m_shotNames.clear();
        m_audit.clear();
        m_onReady = nullptr;
        // The accessibility audit (accessibility(), error dialogs, TPMPROV_WIZARD_AUDIT=1).
        QVERIFY2(audit.isEmpty(),
                 qPrintable(QLatin1String("\n  ") + audit.join(QLatin1String("\n  "))));
    }

    // Factory state to done, restart included; the kept password is the TPM's.
    void fullFlow() {
        m_shotNames = QStringList{QStringLiteral("01-your-tpm"),
                                  QStringLiteral("02-turn-on"),
                                  QStringLiteral("03-restart"),
                                  QStringLiteral("04-your-tpm-after-restart"),
                                  QStringLiteral("05-turn-on-after-restart"),
                                  QStringLiteral("06-owner-password"),
                                  QStringLiteral("07-taking-ownership")};
        start();
        driveUntil(QStringLiteral("donePage"));
        shot(QStringLiteral("08-done"));
        qInfo("pages: %s", qPrintable(m_visited.join(QLatin1String(" > "))));
        QVERIFY2(m_visited.contains(QLatin1String("restartPage")),
                 "the factory state needs a restart");
        QVERIFY(m_visited.contains(QLatin1String("passwordPage")));
        QVERIFY(m_visited.contains(QLatin1String("ownershipPage")));
        QVERIFY2(m_ctx->ownedByUs && m_ctx->ownerVerified, qPrintable(where()));
        QVERIFY2(!m_ctx->keptAt.isEmpty(), "the Done page says where the password is");
        readBackKeyring();
        if (QTest::currentTestFailed()) {
            return;
        }
        QTest::mouseClick(button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->isVisible(), 10000);
    }

    // Keyboard and screen readers: every control on every page of the whole flow (and the
    // error dialogs of the other scenarios through expectError) is named and reachable, and
    // no two shortcuts of a page collide - in the locale's language (the driver runs it in
    // English, German and French).
    void accessibility() {
        m_onReady = [this](QWidget* w, const QString& where) { audit(w, where); };
        start();
        driveUntil(QStringLiteral("donePage"));
        audit(m_wizard.get(), QStringLiteral("donePage")); // cleanup() reports the findings
    }

    // No Secret Service: the keyring store fails, nothing is sent, the wizard says so.
    void storeFails() {
        start();
        driveUntil(QStringLiteral("ownershipPage"));
        auto* ownership = qobject_cast<OwnershipPage*>(m_wizard->currentPage());
        QVERIFY(ownership);
        QTRY_VERIFY2_WITH_TIMEOUT(openError() || !ownership->isRunning(), qPrintable(where()),
                                  kStepMs);
        expectError(QStringLiteral("keyring"));
        shot(QStringLiteral("12-error-keyring"), openError());
        shot(QStringLiteral("13-ownership-not-sent"));
        QVERIFY2(!ownership->ownershipSent(), "TakeOwnership must not be sent when storing failed");
        QVERIFY(!m_ctx->ownedByUs);
        QVERIFY2(!m_english ||
                     textOf(ownership).contains(QLatin1String("Nothing was sent to the TPM")),
                 qPrintable(textOf(ownership)));
    }

    // The TPM is reset while TakeOwnership is on its way (the driver holds it at a proxy);
    // the engine recovers and the wizard says what happened.
    void resetDuringOwnership() {
        start();
        driveUntil(QStringLiteral("donePage"));
        QVERIFY2(m_ctx->ownedByUs && m_ctx->ownerVerified, qPrintable(where()));
        const QString notes = m_ctx->lastJob.notes.join(QLatin1Char(' '));
        qInfo("job notes: %s", qPrintable(notes));
        QVERIFY2(notes.contains(QLatin1String("reset"), Qt::CaseInsensitive) ||
                     notes.contains(QLatin1String("INVALID_POSTINIT")),
                 qPrintable(QStringLiteral("the recovery is reported: ") + notes));
        auto* shown = child<QLabel>("ownershipNotes");
        QVERIFY2(shown && (!m_english || shown->text().contains(QLatin1String("On the way"))),
                 "the ownership page shows what happened on the way");
        readBackKeyring();
    }

    // Someone else owns the TPM: a wrong password is refused, the right one verifies.
    void alreadyOwned() {
        start();
        driveUntil(QStringLiteral("alreadyOwnedPage"));
        auto* verify = child<QRadioButton>("ownedVerifyChoice");
        auto* password = child<QLineEdit>("ownedPassword");
        auto* check = child<QAbstractButton>("ownedCheck");
        auto* result = child<QLabel>("ownedResult");
        QVERIFY(verify && password && check && result);
        // The way to a clear first: the page that lists what a clear destroys, then back.
        auto* clearChoice = child<QRadioButton>("ownedClearChoice");
        QVERIFY(clearChoice);
        clearChoice->setChecked(true);
        next(kReadMs);
        QCOMPARE(page(), QStringLiteral("clearPage"));
        QVERIFY(child<QCheckBox>("clearConfirm") || child<QAbstractButton>("clearConfirm"));
        shot(QStringLiteral("10-clear"));
        if (m_onReady) {
            m_onReady(m_wizard.get(), QStringLiteral("clearPage"));
        }
        QTest::mouseClick(button(QWizard::BackButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page(), QStringLiteral("alreadyOwnedPage"), kReadMs);
        QVERIFY2(!m_ctx->ownedByUs, "nothing was cleared");
        verify->setChecked(true);
        password->setText(QStringLiteral("not the password"));
        QTRY_VERIFY_WITH_TIMEOUT(check->isEnabled(), kReadMs);
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(!m_english ||
                                      result->text().contains(QLatin1String("did not accept")),
                                  qPrintable(result->text()), kReadMs);
        password->setText(env("TPMPROV_WIZARD_OLD_PASSWORD"));
        QTRY_VERIFY_WITH_TIMEOUT(check->isEnabled(), kReadMs);
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(m_ctx->ownerVerified, qPrintable(result->text()), kReadMs);
        QVERIFY(!m_english || result->text().contains(QLatin1String("accepted")));
        shot(QStringLiteral("09-already-owned"));
        if (m_onReady) {
            m_onReady(m_wizard.get(), QStringLiteral("alreadyOwnedPage"));
        }
        QVERIFY(!m_ctx->ownedByUs);
    }

    // Someone else owns the TPM and the password is lost: clear it (after the page that says
    // what a clear destroys, and an explicit confirmation), then provision it from scratch.
    void clearAndProvision() {
        start();
        driveUntil(QStringLiteral("alreadyOwnedPage"));
        auto* clearChoice = child<QRadioButton>("ownedClearChoice");
        QVERIFY(clearChoice);
        clearChoice->setChecked(true);
        next(kReadMs);
        QCOMPARE(page(), QStringLiteral("clearPage"));
        auto* confirm = child<QAbstractButton>("clearConfirm");
        auto* clearNow = child<QAbstractButton>("clearNow");
        QVERIFY(confirm && clearNow);
        QVERIFY2(!clearNow->isEnabled(), "no clear before the explicit confirmation");
        int asked = 0;
        m_ctx->confirm = [&asked](QWidget*, const QString&, const QString&) {
            ++asked;
            return true;
        };
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(clearNow->isEnabled(), qPrintable(where()), kReadMs);
        QTest::mouseClick(clearNow, Qt::LeftButton);
        QCOMPARE(asked, 1);
        // Cleared: the wizard starts over from "Your TPM" and provisions like a factory TPM.
        QTRY_VERIFY2_WITH_TIMEOUT(page() != QLatin1String("clearPage") || openError(),
                                  qPrintable(where()), kStepMs);
        QVERIFY2(!openError(), qPrintable(where()));
        driveUntil(QStringLiteral("donePage"));
        qInfo("pages: %s", qPrintable(m_visited.join(QLatin1String(" > "))));
        QVERIFY2(m_ctx->ownedByUs && m_ctx->ownerVerified, qPrintable(where()));
        readBackKeyring();
    }

    // polkit refuses this user: an error dialog says so; nothing changed (checked by root).
    void polkitDenied() {
        start();
        QTRY_VERIFY2_WITH_TIMEOUT(openError() != nullptr ||
                                      button(QWizard::NextButton)->isEnabled(),
                                  qPrintable(where()), kReadMs);
        if (!openError()) {
            // Reading the state is allowed to everyone; the first change is not.
            next(kReadMs);
        }
        expectError(QStringLiteral("Permission was refused"));
        shot(QStringLiteral("14-error-permission"), openError());
    }

    // The helper is not on the bus: the very first read fails with an explanation.
    void helperMissing() {
        start();
        expectError(QStringLiteral("helper is not running"));
        shot(QStringLiteral("15-error-helper-missing"), openError());
    }

    // Firmware locked physical presence: the firmware page, with what to do there.
    void presenceLocked() {
        start();
        driveUntil(QStringLiteral("firmwarePage"));
        QVERIFY(child<QAbstractButton>("firmwareCheckAgain"));
        shot(QStringLiteral("11-firmware"));
        if (m_onReady) {
            m_onReady(m_wizard.get(), QStringLiteral("firmwarePage"));
        }
        qInfo("firmware page: %s", qPrintable(textOf(m_wizard->currentPage())));
        QVERIFY(!m_ctx->ownedByUs);
    }
};

QTEST_MAIN(WizardFlowTest)
#include "WizardFlowTest.moc"
