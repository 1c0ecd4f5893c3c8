// Issue 9, item 6: the wizard's page logic against a fake backend (no bus, no helper): which
// page a state leads to, what the "Turn on" page sends and in which order, that a refusal
// stops it, and that the firmware page speaks the user's language. The wizard tier drives
// the same pages against the real helper, polkitd and swtpm.

#include "FakeBackend.h"
#include "GuiApplication.h"
#include "Translations.h"
#include "WizardContext.h"
#include "model/Words.h"
#include "pages/AlreadyOwnedPage.h"
#include "pages/ClearPage.h"
#include "pages/FirmwarePage.h"
#include "pages/IntroPage.h"
#include "pages/RestartPage.h"
#include "pages/TurnOnPage.h"
#include "stores/KeychainStore.h"
#include "stores/RecoveryFileStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QTest>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace tpmprov::ui;
using tpmprov::ui::testing::FakeBackend;

namespace {

class PageLogic : public ::testing::Test {
protected:
    void SetUp() override {
        tpmprov::ui::testing::ensureGuiApplication();
        backend = new FakeBackend;
        backend->state = FakeBackend::factoryState();
        context = new WizardContext(backend);
        context->autostartEnabled = false;
        QObject::connect(context, &WizardContext::errorShown, context, [this](QDialog* dialog) {
            ++errorsShown;
            dialog->close();
        });
    }
    void TearDown() override {
        delete context;
        delete backend;
    }

    // The status the backend reports now, as the pages get it.
    TpmStatus readStatus() {
        TpmStatus status;
        BackendCall* call = backend->getState();
        bool done = false;
        QObject::connect(call, &BackendCall::finished, [&](const BackendResult& r) {
            status = r.status;
            done = true;
        });
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, 5000));
        backend->calls.clear();
        return status;
    }

    QStringList callsOtherThanGetState() const {
        QStringList out;
        for (const QString& call : backend->calls)
            if (call != QStringLiteral("getState"))
                out << call;
        return out;
    }

    FakeBackend* backend = nullptr;
    WizardContext* context = nullptr;
    int errorsShown = 0;
};

} // namespace

TEST_F(PageLogic, EveryStateLeadsToItsPage) {
    EXPECT_EQ(context->routeFor(readStatus()), TurnOnPageId); // factory state

    backend->state.tpm12.stclear->physicalPresenceLock = true; // firmware locked presence
    EXPECT_EQ(context->routeFor(readStatus()), FirmwarePageId);

    backend->state = FakeBackend::factoryState();
    backend->state.tpm12.permanent->disable = false;
    backend->state.tpm12.permanent->deactivated = false; // activated, not yet restarted
    EXPECT_EQ(context->routeFor(readStatus()), RestartPageId);

    backend->state.tpm12.stclear->deactivated = false; // after the restart
    EXPECT_EQ(context->routeFor(readStatus()), TurnOnPageId) << "self-test first";
    context->selfTestDone = true;
    EXPECT_EQ(context->routeFor(readStatus()), PasswordPageId);

    backend->state.owned = true;
    EXPECT_EQ(context->routeFor(readStatus()), AlreadyOwnedPageId);
    context->ownedByUs = true;
    EXPECT_EQ(context->routeFor(readStatus()), DonePageId);

    backend->state.family = tpm::TpmFamily::Tpm20;
    EXPECT_EQ(context->routeFor(readStatus()), -1);
}

TEST_F(PageLogic, TurnOnSendsPresenceEnableActivateThenAsksForTheRestart) {
    context->updateStatus(readStatus());
    TurnOnPage page(context);
    page.initializePage();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.isComplete(); }, 5000))
        << callsOtherThanGetState().join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(callsOtherThanGetState(),
              (QStringList{QStringLiteral("startup"), QStringLiteral("assertPresence"),
                           QStringLiteral("enable"), QStringLiteral("activate")}));
    EXPECT_EQ(page.nextId(), RestartPageId);
    EXPECT_EQ(errorsShown, 0);
    // The state was read again after every step.
    EXPECT_GE(backend->calls.count(QStringLiteral("getState")), 4);
}

TEST_F(PageLogic, ARefusalStopsTurnOnBeforeTheNextCommand) {
    backend->failures.insert(
        QStringLiteral("enable"),
        {QStringLiteral("io.github.TpmProvisioner1.Error.NotAuthorized"), QStringLiteral("no")});
    context->updateStatus(readStatus());
    TurnOnPage page(context);
    page.initializePage();
    ASSERT_TRUE(QTest::qWaitFor([&] { return errorsShown > 0; }, 5000));
    QCoreApplication::processEvents(); // the closed dialog's handler
    EXPECT_FALSE(callsOtherThanGetState().contains(QStringLiteral("activate")));
    EXPECT_FALSE(page.isComplete());
    EXPECT_EQ(context->lastErrorWhat, words::stepTitle(QStringLiteral("enable")));
}

TEST_F(PageLogic, TheFirmwarePageSaysWhyInTheUsersLanguage) {
    backend->state.tpm12.stclear->physicalPresenceLock = true;
    QTranslator german;
    ASSERT_TRUE(german.load(tpmprov::i18n::resourcePath(QStringLiteral("de"))));
    QCoreApplication::installTranslator(&german);
    context->updateStatus(readStatus());
    FirmwarePage page(context);
    page.initializePage();
    const auto* why = page.findChild<QLabel*>(QStringLiteral("firmwareWhy"));
    ASSERT_NE(why, nullptr);
    EXPECT_TRUE(why->text().contains(QStringLiteral("Firmware-Setup")))
        << why->text().toStdString();
    EXPECT_FALSE(why->text().contains(QStringLiteral("the firmware"))) << why->text().toStdString();
    EXPECT_FALSE(why->text().contains(QStringLiteral("(see above)")));
    QCoreApplication::removeTranslator(&german);
}

// Issue 13: a TPM 2.0 in the wizard.
namespace {

tpm::TpmState tpm2State() {
    tpm::TpmState s;
    s.family = tpm::TpmFamily::Tpm20;
    s.manufacturer = "IBM";
    s.owned = false;
    s.tpm2.familyIndicator = "2.0";
    s.tpm2.contextHash = "sha256";
    s.tpm2.permanent = tpm::Tpm2Permanent{};
    s.tpm2.startupClear = tpm::Tpm2StartupClear{true, true, true, true, true};
    s.tpm2.dictionaryAttack = tpm::Tpm2DictionaryAttack{0, 3, 1000, 1000};
    return s;
}

// Someone else's TPM 2.0 ("Windows" set the lockout password) on a computer whose firmware
// takes a clear request from the operating system.
tpm::TpmState windowsTpm2(bool firmwareOffersClear) {
    tpm::TpmState s = tpm2State();
    s.owned = true;
    s.tpm2.permanent->lockoutAuthSet = true;
    tpm::SysfsInfo sysfs;
    sysfs.directory = "/sys/class/tpm/tpm0";
    sysfs.versionMajor = 2;
    sysfs.hasPpi = true;
    sysfs.ppiDirectory = "/sys/class/tpm/tpm0/ppi";
    sysfs.ppiVersion = "1.3";
    sysfs.ppiTcgOperations = firmwareOffersClear ? "0 3: User required\n5 3: User required\n"
                                                 : "0 3: User required\n5 1: BIOS only\n";
    s.sysfs = sysfs;
    return s;
}

} // namespace

TEST_F(PageLogic, Tpm2StatesLeadToTheirPages) {
    backend->state = tpm2State();
    const TpmStatus fresh = readStatus();
    ASSERT_TRUE(fresh.isTpm2());
    EXPECT_EQ(context->routeFor(fresh), PasswordPageId);
    EXPECT_TRUE(fresh.needs(QStringLiteral("create-srk")));
    EXPECT_TRUE(fresh.needs(QStringLiteral("lockout-password")));

    backend->state = windowsTpm2(true);
    EXPECT_EQ(context->routeFor(readStatus()), AlreadyOwnedPageId) << "someone else's";
    context->ownerVerified = true; // its lockout password was checked
    EXPECT_EQ(context->routeFor(readStatus()), DonePageId);
}

TEST_F(PageLogic, Tpm2RecordsAreLockoutPasswordsAndSayHowToUseThem) {
    backend->state = tpm2State();
    context->updateStatus(readStatus());
    const OwnerPasswordRecord record = context->newRecord(QStringLiteral("lockout words"));
    EXPECT_TRUE(record.isLockout());
    const QString file = RecoveryFileStore::render(record);
    EXPECT_TRUE(file.contains(QStringLiteral("TPM 2.0 lockout password")));
    EXPECT_TRUE(file.contains(QStringLiteral("str:")));
    EXPECT_FALSE(file.contains(QStringLiteral("Encoding:")));
    EXPECT_EQ(RecoveryFileStore::passwordFrom(file), QStringLiteral("lockout words"));
    OwnerPasswordRecord parsed;
    ASSERT_TRUE(KeychainStore::parse(KeychainStore::serialize(record), parsed));
    EXPECT_TRUE(parsed.isLockout());
    EXPECT_EQ(parsed.password, QStringLiteral("lockout words"));
}

TEST_F(PageLogic, Tpm2ClearWithoutTheLockoutPasswordAsksTheFirmware) {
    backend->state = windowsTpm2(true);
    context->updateStatus(readStatus());
    ClearPage page(context);
    page.initializePage();
    auto* confirm = page.findChild<QAbstractButton*>(QStringLiteral("clearConfirm"));
    auto* clearNow = page.findChild<QAbstractButton*>(QStringLiteral("clearNow"));
    auto* losses = page.findChild<QLabel*>(QStringLiteral("clearLosses"));
    auto* after = page.findChild<QLabel*>(QStringLiteral("clearAfter"));
    ASSERT_TRUE(confirm && clearNow && losses && after);
    EXPECT_TRUE(losses->text().contains(QStringLiteral("systemd-cryptenroll")));
    EXPECT_TRUE(losses->text().contains(QStringLiteral("BitLocker")));
    EXPECT_TRUE(losses->text().contains(QStringLiteral("Heads")));
    EXPECT_TRUE(after->text().contains(QStringLiteral("F12"))) << after->text().toStdString();
    EXPECT_FALSE(clearNow->isHidden());
    EXPECT_FALSE(clearNow->isEnabled()) << "not before the confirmation";
    context->confirm = [](QWidget*, const QString&, const QString&) { return true; };
    confirm->click();
    ASSERT_TRUE(clearNow->isEnabled());
    page.clearNow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.isComplete(); }, 5000));
    EXPECT_EQ(callsOtherThanGetState(), QStringList{QStringLiteral("requestPhysicalPresence")});
    EXPECT_EQ(page.nextId(), RestartPageId);
    EXPECT_EQ(context->firmwareRequest, WizardContext::kPpiClear);
    RestartPage restart(context);
    restart.initializePage();
    const auto* text = restart.findChild<QLabel*>(QStringLiteral("restartText"));
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(text->text().contains(QStringLiteral("F12"))) << text->text().toStdString();
    EXPECT_TRUE(text->text().contains(QStringLiteral("Esc")));
}

TEST_F(PageLogic, Tpm2ClearUsesTheCheckedLockoutPasswordElseTheFirmwareSetup) {
    backend->state = windowsTpm2(false); // the firmware takes no clear request
    context->updateStatus(readStatus());
    {
        ClearPage page(context);
        page.initializePage();
        EXPECT_TRUE(page.findChild<QAbstractButton*>(QStringLiteral("clearNow"))->isHidden());
        EXPECT_FALSE(
            page.findChild<QLabel*>(QStringLiteral("clearFirmwareSteps"))->text().isEmpty());
    }
    context->ownerVerified = true;
    context->record = context->newRecord(QStringLiteral("windows lockout"));
    ClearPage page(context);
    page.initializePage();
    auto* clearNow = page.findChild<QAbstractButton*>(QStringLiteral("clearNow"));
    ASSERT_FALSE(clearNow->isHidden());
    context->confirm = [](QWidget*, const QString&, const QString&) { return true; };
    page.findChild<QAbstractButton*>(QStringLiteral("clearConfirm"))->click();
    page.clearNow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.isComplete(); }, 5000));
    EXPECT_TRUE(callsOtherThanGetState().contains(QStringLiteral("clearWithLockout")));
    EXPECT_FALSE(callsOtherThanGetState().contains(QStringLiteral("requestPhysicalPresence")));
    EXPECT_EQ(page.nextId(), ClearedPageId);
    EXPECT_TRUE(context->cleared);
}

// Issue 13: a TPM 1.2 whose presence the firmware locked: the firmware's own route where it
// takes requests from the operating system (PPI), the firmware-setup directions where not.
namespace {

tpm::SysfsInfo tpm12Ppi(const std::string& operations) {
    tpm::SysfsInfo sysfs;
    sysfs.directory = "/sys/class/tpm/tpm0";
    sysfs.versionMajor = 1;
    sysfs.hasPpi = true;
    sysfs.ppiDirectory = "/sys/class/tpm/tpm0/ppi";
    sysfs.ppiVersion = "1.2";
    sysfs.ppiTcgOperations = operations;
    return sysfs;
}

} // namespace

TEST_F(PageLogic, PresenceLockedTpm12AsksTheFirmwareWhereItTakesRequests) {
    backend->state.tpm12.stclear->physicalPresenceLock = true;
    backend->state.sysfs = tpm12Ppi("6 3: User required\n14 3: User required\n");
    context->updateStatus(readStatus());
    ASSERT_EQ(context->routeFor(context->status), FirmwarePageId);
    context->confirm = [](QWidget*, const QString&, const QString&) { return true; };
    FirmwarePage page(context);
    page.initializePage();
    auto* request = page.findChild<QAbstractButton*>(QStringLiteral("firmwareRequest"));
    ASSERT_NE(request, nullptr);
    EXPECT_FALSE(request->isHidden());
    EXPECT_FALSE(page.findChild<QLabel*>(QStringLiteral("firmwareSteps"))->text().isEmpty())
        << "the directions by hand stay as the other way";
    page.requestTurnOn();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.isComplete(); }, 5000));
    EXPECT_EQ(callsOtherThanGetState(), QStringList{QStringLiteral("requestPhysicalPresence")});
    EXPECT_EQ(context->firmwareRequest, WizardContext::kPpiTurnOn);
    EXPECT_EQ(page.nextId(), RestartPageId);
    RestartPage restart(context);
    restart.initializePage();
    EXPECT_TRUE(restart.findChild<QLabel*>(QStringLiteral("restartText"))
                    ->text()
                    .contains(QStringLiteral("confirm")));

    // Owned by someone, presence locked: the clear goes to the firmware (enable + clear).
    backend->state.owned = true;
    context->updateStatus(readStatus());
    ClearPage clear(context);
    clear.initializePage();
    auto* clearNow = clear.findChild<QAbstractButton*>(QStringLiteral("clearNow"));
    ASSERT_FALSE(clearNow->isHidden());
    clear.findChild<QAbstractButton*>(QStringLiteral("clearConfirm"))->click();
    clear.clearNow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return clear.isComplete(); }, 5000));
    EXPECT_EQ(context->firmwareRequest, WizardContext::kPpiEnableClear);
    EXPECT_FALSE(callsOtherThanGetState().contains(QStringLiteral("forceClear")));
}

TEST_F(PageLogic, PresenceLockedTpm12WithoutPpiGetsTheFirmwareSetupOnly) {
    backend->state.tpm12.stclear->physicalPresenceLock = true;
    backend->state.sysfs = tpm12Ppi("6 1: BIOS only\n");
    context->updateStatus(readStatus());
    FirmwarePage page(context);
    page.initializePage();
    EXPECT_TRUE(page.findChild<QAbstractButton*>(QStringLiteral("firmwareRequest"))->isHidden());
    EXPECT_FALSE(page.findChild<QLabel*>(QStringLiteral("firmwareSteps"))->text().isEmpty());
}

TEST_F(PageLogic, TpmTimesAreSaidInWords) {
    EXPECT_EQ(words::duration(86400), QStringLiteral("24 hours"));
    EXPECT_EQ(words::duration(1000), QStringLiteral("17 minutes"));
    EXPECT_EQ(words::duration(120), QStringLiteral("2 minutes"));
    EXPECT_EQ(words::duration(600), QStringLiteral("10 minutes"));
    EXPECT_EQ(words::duration(90), QStringLiteral("90 seconds"));
    EXPECT_EQ(words::duration(1), QStringLiteral("1 second"));
    EXPECT_EQ(words::duration(0), QStringLiteral("0 seconds"));
}

TEST_F(PageLogic, ATpm2WaitingForStartupIsSaidSo) {
    backend->state = tpm2State();
    backend->state.tpm2.permanent.reset();
    backend->state.awaitingStartup = true;
    context->updateStatus(readStatus());
    EXPECT_EQ(context->routeFor(context->status), -1) << "nothing to decide on";
    IntroPage page(context);
    page.initializePage();
    const auto* verdict = page.findChild<QLabel*>(QStringLiteral("introVerdict"));
    ASSERT_NE(verdict, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !verdict->text().isEmpty(); }, 5000));
    EXPECT_TRUE(verdict->text().contains(QStringLiteral("not been started")))
        << verdict->text().toStdString();
    EXPECT_FALSE(page.isComplete());
}

// Someone set only the owner password: no lockout password to check, and the empty one
// clears the TPM at once.
TEST_F(PageLogic, Tpm2WithoutALockoutPasswordIsClearedWithTheEmptyOne) {
    backend->state = windowsTpm2(false);
    backend->state.tpm2.permanent->lockoutAuthSet = false;
    backend->state.tpm2.permanent->ownerAuthSet = true;
    context->updateStatus(readStatus());
    ASSERT_EQ(context->routeFor(context->status), AlreadyOwnedPageId);
    AlreadyOwnedPage owned(context);
    owned.initializePage();
    EXPECT_TRUE(owned.findChild<QAbstractButton*>(QStringLiteral("ownedVerifyChoice"))->isHidden());
    EXPECT_TRUE(owned.isComplete()) << "the clear is chosen: nothing to check";
    EXPECT_EQ(owned.nextId(), ClearPageId);
    ClearPage page(context);
    page.initializePage();
    EXPECT_TRUE(page.findChild<QLabel*>(QStringLiteral("clearAfter"))
                    ->text()
                    .contains(QStringLiteral("no lockout password")));
    context->confirm = [](QWidget*, const QString&, const QString&) { return true; };
    page.findChild<QAbstractButton*>(QStringLiteral("clearConfirm"))->click();
    page.clearNow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.isComplete(); }, 5000));
    EXPECT_TRUE(callsOtherThanGetState().contains(QStringLiteral("clearWithLockout")));
}
