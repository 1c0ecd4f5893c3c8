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
#include "stores/PrintStore.h"
#include "system/Rebooter.h"
#include "widgets/Announcer.h"

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
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>
#include <algorithm>
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
    QStringList m_clicked; // the pages on which the test pressed Next
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

    // The window and its button row lie inside the screen's available area (any font size
    // and scale: the pages scroll instead). Collects problems like audit().
    void checkFits(const QString& where) {
        const QRect area = m_wizard->screen()->availableGeometry();
        const QRect frame = m_wizard->frameGeometry();
        if (!area.contains(frame)) {
            m_audit << QStringLiteral("%1: the window %2x%3%4%5 exceeds the screen's area %6x%7")
                           .arg(where)
                           .arg(frame.width())
                           .arg(frame.height())
                           .arg(frame.x() >= 0 ? QStringLiteral("+") : QString())
                           .arg(frame.x())
                           .arg(area.width())
                           .arg(area.height());
        }
        for (QWizard::WizardButton which :
             {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
              QWizard::FinishButton, QWizard::CancelButton}) {
            QAbstractButton* b = button(which);
            if (!b || !b->isVisible()) {
                continue;
            }
            const QRect r(b->mapToGlobal(QPoint(0, 0)), b->size());
            if (!area.contains(r)) {
                m_audit << QStringLiteral("%1: the button \"%2\" at %3,%4 is off the screen")
                               .arg(where, b->text())
                               .arg(r.x())
                               .arg(r.y());
            }
        }
    }

    void start() {
        // GNOME's default 11 pt, for the geometry test and the screenshots.
        if (const double points = env("TPMPROV_WIZARD_FONT_PT").toDouble(); points > 0) {
            QFont font = QApplication::font();
            font.setPointSizeF(points);
            QApplication::setFont(font);
        }
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
        m_clicked << before;
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
        const QString key = KeychainStore::keyFor(m_ctx->record);
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
        m_clicked.clear();
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
        // After the restart "Your TPM" and "Turn on" go on by themselves: no shot of them.
        m_shotNames = QStringList{QStringLiteral("01-your-tpm"), QStringLiteral("02-turn-on"),
                                  QStringLiteral("03-restart"), QStringLiteral("06-owner-password"),
                                  QStringLiteral("07-taking-ownership")};
        start();
        driveUntil(QStringLiteral("donePage"));
        shot(QStringLiteral("08-done"));
        qInfo("pages: %s", qPrintable(m_visited.join(QLatin1String(" > "))));
        QVERIFY2(m_visited.contains(QLatin1String("restartPage")),
                 "the factory state needs a restart");
        // After the restart "Your TPM" and "Turn on" (self-test, endorsement key) have nothing
        // to decide: they go on by themselves (issue 11, item 11).
        qInfo("Next pressed on: %s", qPrintable(m_clicked.join(QLatin1String(" > "))));
        QVERIFY2(m_visited.count(QLatin1String("introPage")) >= 2, "shown after the restart too");
        QCOMPARE(m_clicked.count(QLatin1String("introPage")), 1);
        QCOMPARE(m_clicked.count(QLatin1String("turnOnPage")), 1);
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
        relaunchFindsKeptPassword();
    }

    // A new wizard on the TPM the last one owned: the first page says the password is in the
    // keyring; "already owned" has it filled in; one click verifies it (issue 11, item 2).
    void relaunchFindsKeptPassword() {
        const QString password = m_ctx->record.password;
        m_wizard.reset();
        m_ctx.reset();
        m_backend.reset();
        m_visited.clear();
        start();
        auto* verdict = child<QLabel>("introVerdict");
        QVERIFY(verdict);
        QTRY_VERIFY2_WITH_TIMEOUT(m_ctx->keptRecord.has_value(), qPrintable(where()), kReadMs);
        QTRY_VERIFY2_WITH_TIMEOUT(
            !m_english || verdict->text().contains(QLatin1String("password is in your keyring")),
            qPrintable(verdict->text()), kReadMs);
        shot(m_ctx->isTpm2() ? QStringLiteral("24-tpm2-relaunch")
                             : QStringLiteral("04-relaunch-owned-by-you"));
        next(kReadMs);
        QCOMPARE(page(), QStringLiteral("alreadyOwnedPage"));
        auto* field = child<QLineEdit>("ownedPassword");
        auto* check = child<QAbstractButton>("ownedCheck");
        auto* keep = child<QAbstractButton>("ownedKeep");
        QVERIFY(field && check && keep);
        QTRY_COMPARE_WITH_TIMEOUT(field->text(), password, kReadMs);
        QVERIFY2(field->echoMode() == QLineEdit::Password, "hidden until asked for");
        auto* reveal = child<QAbstractButton>("ownedReveal");
        QVERIFY(reveal);
        reveal->setFocus();
        QTest::keyClick(reveal, Qt::Key_Space);
        QCOMPARE(field->echoMode(), QLineEdit::Normal);
        QTRY_VERIFY_WITH_TIMEOUT(check->isEnabled(), kReadMs);
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(m_ctx->ownerVerified, qPrintable(where()), kReadMs);
        QTRY_VERIFY2_WITH_TIMEOUT(!keep->isEnabled(), "the keyring box is locked once saved",
                                  kReadMs);
        if (!m_ctx->isTpm2())
            shot(QStringLiteral("05-relaunch-checked"));
        next(kReadMs);
        QCOMPARE(page(), QStringLiteral("donePage"));
        if (m_ctx->isTpm2())
            QVERIFY(m_ctx->record.isLockout());
        else
            QCOMPARE(m_ctx->record.srk, OwnerPasswordRecord::Srk::WellKnown); // from the entry
        qInfo("relaunch: %s", qPrintable(m_visited.join(QLatin1String(" > "))));
    }

    // Issue 13: a TPM 2.0 from the manufacturer's state to done: no restart, the lockout
    // password generated, kept and read back before it is set; a relaunch finds it.
    void tpm2FullFlow() {
        m_shotNames = QStringList{QStringLiteral("20-tpm2-your-tpm"),
                                  QStringLiteral("21-tpm2-lockout-password"),
                                  QStringLiteral("22-tpm2-setting-up")};
        start();
        auto* verdict = child<QLabel>("introVerdict");
        QVERIFY(verdict);
        QTRY_VERIFY2_WITH_TIMEOUT(
            !m_english || verdict->text().contains(QLatin1String("disk encryption keep working")),
            qPrintable(verdict->text()), kReadMs);
        driveUntil(QStringLiteral("donePage"));
        shot(QStringLiteral("23-tpm2-done"));
        qInfo("pages: %s", qPrintable(m_visited.join(QLatin1String(" > "))));
        QVERIFY2(!m_visited.contains(QLatin1String("restartPage")), "a TPM 2.0 needs no restart");
        QVERIFY(m_visited.contains(QLatin1String("passwordPage")));
        QVERIFY(m_visited.contains(QLatin1String("ownershipPage")));
        QVERIFY2(m_ctx->ownedByUs && m_ctx->record.isLockout(), qPrintable(where()));
        auto* summary = child<QLabel>("doneSummary");
        QVERIFY(summary && (!m_english || summary->text().contains(QLatin1String("lockout"))));
        readBackKeyring();
        if (QTest::currentTestFailed()) {
            return;
        }
        QTest::mouseClick(button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->isVisible(), 10000);
        relaunchFindsKeptPassword();
    }

    // Issue 13: "Windows" set the lockout password; the person has it (from Windows' backup):
    // one check, then the clear with it, then the wizard sets the TPM up anew.
    void tpm2OwnedByWindows() {
        start();
        driveUntil(QStringLiteral("alreadyOwnedPage"));
        auto* verify = child<QRadioButton>("ownedVerifyChoice");
        auto* password = child<QLineEdit>("ownedPassword");
        auto* check = child<QAbstractButton>("ownedCheck");
        auto* warning = child<QLabel>("ownedWarning");
        QVERIFY(verify && password && check && warning);
        QVERIFY2(!m_english || warning->text().contains(QLatin1String("One try")),
                 qPrintable(warning->text()));
        QVERIFY2(!child<QComboBox>("ownedEncoding")->isVisible(), "no encoding for a TPM 2.0");
        verify->setChecked(true);
        password->setText(env("TPMPROV_WIZARD_OLD_PASSWORD"));
        QTRY_VERIFY_WITH_TIMEOUT(check->isEnabled(), kReadMs);
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(m_ctx->ownerVerified || openError(), qPrintable(where()),
                                  kReadMs);
        QVERIFY2(!openError(), qPrintable(where()));
        shot(QStringLiteral("25-tpm2-already-set-up"));
        auto* clearChoice = child<QRadioButton>("ownedClearChoice");
        QVERIFY(clearChoice);
        clearChoice->setChecked(true);
        next(kReadMs);
        QCOMPARE(page(), QStringLiteral("clearPage"));
        auto* losses = child<QLabel>("clearLosses");
        QVERIFY2(losses &&
                     (!m_english || losses->text().contains(QLatin1String("systemd-cryptenroll"))),
                 qPrintable(where()));
        auto* confirm = child<QAbstractButton>("clearConfirm");
        auto* clearNow = child<QAbstractButton>("clearNow");
        QVERIFY(confirm && clearNow && clearNow->isVisible());
        QVERIFY2(!clearNow->isEnabled(), "no clear before the explicit confirmation");
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(clearNow->isEnabled(), qPrintable(where()), kReadMs);
        shot(QStringLiteral("26-tpm2-clear"));
        QTest::mouseClick(clearNow, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(page() != QLatin1String("clearPage") || openError(),
                                  qPrintable(where()), kStepMs);
        QVERIFY2(!openError(), qPrintable(where()));
        QCOMPARE(page(), QStringLiteral("clearedPage"));
        shot(QStringLiteral("27-tpm2-cleared"));
        driveUntil(QStringLiteral("donePage"));
        qInfo("pages: %s", qPrintable(m_visited.join(QLatin1String(" > "))));
        QVERIFY2(m_ctx->ownedByUs && m_ctx->record.isLockout(), qPrintable(where()));
        QVERIFY(m_ctx->record.password != env("TPMPROV_WIZARD_OLD_PASSWORD"));
        readBackKeyring();
    }

    // Issue 13: another tool set only the owner password: nothing to check, the clear is
    // preselected and done with the empty lockout password, then the TPM is set up anew.
    void tpm2OwnerPasswordOnly() {
        start();
        driveUntil(QStringLiteral("alreadyOwnedPage"));
        auto* verify = child<QRadioButton>("ownedVerifyChoice");
        QVERIFY(verify && !verify->isVisible());
        next(kReadMs);
        QCOMPARE(page(), QStringLiteral("clearPage"));
        auto* confirm = child<QAbstractButton>("clearConfirm");
        auto* clearNow = child<QAbstractButton>("clearNow");
        QVERIFY(confirm && clearNow && clearNow->isVisible());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(clearNow->isEnabled(), qPrintable(where()), kReadMs);
        QTest::mouseClick(clearNow, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(page() == QLatin1String("clearedPage") || openError(),
                                  qPrintable(where()), kStepMs);
        QVERIFY2(!openError(), qPrintable(where()));
        driveUntil(QStringLiteral("donePage"));
        qInfo("pages: %s", qPrintable(m_visited.join(QLatin1String(" > "))));
        QVERIFY2(m_ctx->ownedByUs && m_ctx->record.isLockout(), qPrintable(where()));
        readBackKeyring();
    }

    // Keyboard and screen readers: every control on every page of the whole flow (and the
    // error dialogs of the other scenarios through expectError) is named and reachable, and
    // no two shortcuts of a page collide - in the locale's language (the driver runs it in
    // English, German and French).
    void accessibility() {
        m_onReady = [this](QWidget* w, const QString& where) { audit(w, where); };
        // Status changes are announced to assistive technology.
        QStringList announced;
        connect(Announcer::instance(), &Announcer::announced, this,
                [&announced](QWidget* w) { announced << w->objectName(); });
        start();
        auto* details = child<QAbstractButton>("introDetailsToggle");
        QVERIFY(details);
        QTRY_VERIFY_WITH_TIMEOUT(button(QWizard::NextButton)->isEnabled(), kReadMs);
        QTest::mouseClick(details, Qt::LeftButton); // audit the details too
        driveUntil(QStringLiteral("donePage"));
        audit(m_wizard.get(), QStringLiteral("donePage")); // cleanup() reports the findings
        for (const char* name : {"introVerdict", "turnOnSummary", "doneSummary"})
            QTRY_VERIFY2_WITH_TIMEOUT(announced.contains(QLatin1String(name)), name, 10000);
        disconnect(Announcer::instance(), nullptr, this, nullptr);
        announced.removeDuplicates();
        qInfo("announced: %s", qPrintable(announced.join(QLatin1Char(' '))));
        QVERIFY2(std::any_of(announced.cbegin(), announced.cend(),
                             [](const QString& n) { return n.startsWith(QLatin1String("step-")); }),
                 "step status changes are announced");
    }

    // At the font size of TPMPROV_WIZARD_FONT_PT (GNOME's 11 pt) on the screen the offscreen
    // platform's configuration file describes (1366x768; 1920x1080 at scale 2): every page of
    // the whole flow fits, with its buttons on screen.
    void fitsScreen() {
        m_onReady = [this](QWidget*, const QString& where) { checkFits(where); };
        start();
        const QScreen* screen = m_wizard->screen();
        qInfo("screen %dx%d (available %dx%d), device pixel ratio %.1f, font %.1f pt",
              screen->geometry().width(), screen->geometry().height(),
              screen->availableGeometry().width(), screen->availableGeometry().height(),
              screen->devicePixelRatio(), QApplication::font().pointSizeF());
        QVERIFY2(!m_wizard->windowIcon().pixmap(QSize(64, 64)).isNull(),
                 "the window has its icon without an installed theme");
        driveUntil(QStringLiteral("donePage"));
        checkFits(QStringLiteral("donePage"));
        qInfo("window %dx%d, minimum %dx%d", m_wizard->frameGeometry().width(),
              m_wizard->frameGeometry().height(), m_wizard->minimumSize().width(),
              m_wizard->minimumSize().height());
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
        auto* shownNotes = child<QLabel>("ownershipNotes");
        QVERIFY2(shownNotes &&
                     (!m_english || shownNotes->text().contains(QLatin1String("On the way"))),
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
        QVERIFY2(button(QWizard::CancelButton)->isVisible(), "Cancel stays on the clear page");
        auto* after = child<QLabel>("clearAfter");
        QVERIFY2(after && (!m_english || after->text().contains(QLatin1String("one more restart"))),
                 "the clear page says the TPM will be off and need a restart");
        int asked = 0;
        m_ctx->confirm = [&asked](QWidget*, const QString&, const QString&) {
            ++asked;
            return true;
        };
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(clearNow->isEnabled(), qPrintable(where()), kReadMs);
        QTest::mouseClick(clearNow, Qt::LeftButton);
        QCOMPARE(asked, 1);
        // Cleared: a page confirms it and says what state it left, then the wizard starts
        // over from "Your TPM" and provisions like a factory TPM.
        QTRY_VERIFY2_WITH_TIMEOUT(page() != QLatin1String("clearPage") || openError(),
                                  qPrintable(where()), kStepMs);
        QVERIFY2(!openError(), qPrintable(where()));
        QCOMPARE(page(), QStringLiteral("clearedPage"));
        auto* cleared = child<QLabel>("clearedText");
        QVERIFY(cleared);
        qInfo("cleared page: %s", qPrintable(cleared->text()));
        QVERIFY2(!m_english || (cleared->text().contains(QLatin1String("cleared")) &&
                                cleared->text().contains(QLatin1String("restart"))),
                 qPrintable(cleared->text()));
        shot(QStringLiteral("10b-cleared"));
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

    // Cancel after the TPM was turned on: the wizard asks first and names the state it
    // leaves; "No" stays, "Yes" closes (issue 11, item 5).
    void cancelAfterTurnOn() {
        start();
        next(kReadMs); // "Turn on the TPM"
        QCOMPARE(page(), QStringLiteral("turnOnPage"));
        QTRY_VERIFY2_WITH_TIMEOUT(button(QWizard::NextButton)->isEnabled() || openError(),
                                  qPrintable(where()), kStepMs);
        QVERIFY2(!openError(), qPrintable(where()));
        QStringList asked;
        bool answer = false;
        m_ctx->confirm = [&asked, &answer](QWidget*, const QString& title, const QString& text) {
            asked << title + QLatin1Char('\n') + text;
            return answer;
        };
        QTest::mouseClick(button(QWizard::CancelButton), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        qInfo("cancel asked: %s", qPrintable(asked.first()));
        QVERIFY2(!m_english ||
                     asked.first().contains(QLatin1String("becomes active after the next restart")),
                 qPrintable(asked.first()));
        QVERIFY2(!m_english || asked.first().contains(QLatin1String("continues where it stopped")),
                 qPrintable(asked.first()));
        QVERIFY2(m_wizard->isVisible(), "No keeps the wizard open");
        answer = true;
        QTest::mouseClick(button(QWizard::CancelButton), Qt::LeftButton);
        QCOMPARE(asked.size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->isVisible(), 10000);
    }

    // No keyring: the error says so in plain words and offers "Save to a file instead" as
    // its default; that completes ownership with a recovery file. Then the Done page's
    // backups: a printout to PDF, a copy and Windows' .tpm owner file, all 0600 and naming
    // the computer (issue 11, items 6 and 7). The root side checks the files.
    void saveToFileAndBackups() {
        const QString out = env("TPMPROV_WIZARD_OUT");
        start();
        m_ctx->printer()->setPrintFunction([this, out](QTextDocument& document, QWidget*) {
            writeOut(QStringLiteral("printout.txt"), document.toPlainText()); // what it says
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(QDir(out).filePath(QStringLiteral("printout.pdf")));
            return PrintStore::printTo(document, printer);
        });
        QStringList files{QStringLiteral("recovery.txt"), QStringLiteral("copy.txt"),
                          QStringLiteral("owner.tpm")};
        m_ctx->chooseSaveFile = [out, &files](QWidget*, const QString&, const QString&) {
            return files.isEmpty() ? QString() : QDir(out).filePath(files.takeFirst());
        };
        driveUntil(QStringLiteral("passwordPage"));
        auto* print = child<QAbstractButton>("storePrint");
        auto* advanced = child<QAbstractButton>("passwordAdvancedToggle");
        auto* windows = child<QAbstractButton>("encodingWindows");
        QVERIFY(print && advanced && windows);
        QVERIFY2(!windows->isVisibleTo(m_wizard.get()), "the encodings wait behind Advanced");
        QTest::mouseClick(advanced, Qt::LeftButton);
        QVERIFY(windows->isVisibleTo(m_wizard.get()));
        windows->click();
        print->click();
        QVERIFY2(!m_english ||
                     button(QWizard::NextButton)->text().contains(QLatin1String("ownership")),
                 qPrintable(button(QWizard::NextButton)->text()));
        next(kReadMs);
        QCOMPARE(page(), QStringLiteral("ownershipPage"));
        QTRY_VERIFY2_WITH_TIMEOUT(openError() != nullptr, qPrintable(where()), kStepMs);
        const QString text = textOf(openError());
        qInfo("error dialog: %s", qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("org.freedesktop")), "no D-Bus jargon on view");
        QVERIFY2(!m_english || text.contains(QLatin1String("keyring could not keep")),
                 qPrintable(text));
        auto* toFile = openError()->findChild<QPushButton*>(QStringLiteral("errorSaveToFile"));
        QVERIFY(toFile);
        QVERIFY2(toFile->isDefault(), "Save to a file is the default, not a Retry that fails");
        audit(openError(), QStringLiteral("errorDialog"));
        shot(QStringLiteral("16-error-keyring-save-to-file"), openError());
        QTest::mouseClick(toFile, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(m_ctx->ownedByUs || openError(), qPrintable(where()), kStepMs);
        QVERIFY2(!openError(), qPrintable(where()));
        next(kStepMs);
        QCOMPARE(page(), QStringLiteral("donePage"));
        QVERIFY(m_ctx->keptAt.join(QLatin1Char(' ')).contains(QLatin1String("recovery.txt")));
        auto* copy = child<QAbstractButton>("doneSaveCopy");
        auto* tpmFile = child<QAbstractButton>("doneSaveWindows");
        auto* show = child<QAbstractButton>("doneShow");
        auto* shown = child<QLineEdit>("donePassword");
        QVERIFY(copy && tpmFile && show && shown);
        QCOMPARE(shown->echoMode(), QLineEdit::Password);
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(shown->echoMode(), QLineEdit::Normal);
        QCOMPARE(shown->text(), m_ctx->record.password);
        QTest::mouseClick(copy, Qt::LeftButton);
        QTest::mouseClick(tpmFile, Qt::LeftButton);
        QVERIFY2(files.isEmpty(), "every save asked for its file");
        auto* result = child<QLabel>("doneActionResult");
        QVERIFY2(result && (!m_english || result->text().startsWith(QLatin1String("Saved to"))),
                 qPrintable(result ? result->text() : QString()));
        audit(m_wizard.get(), QStringLiteral("donePage"));
        QTest::mouseClick(show, Qt::LeftButton); // hidden again for the picture
        shot(QStringLiteral("17-done-backups"));
        writeOut(QStringLiteral("owner-password"), m_ctx->record.password);
        writeOut(QStringLiteral("owner-encoding"), m_ctx->record.encodingName());
        writeOut(QStringLiteral("host-name"), m_ctx->machine.hostName);
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
