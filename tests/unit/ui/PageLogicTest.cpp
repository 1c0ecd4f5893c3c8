// Issue 9, item 6: the wizard's page logic against a fake backend (no bus, no helper): which
// page a state leads to, what the "Turn on" page sends and in which order, that a refusal
// stops it, and that the firmware page speaks the user's language. The wizard tier drives
// the same pages against the real helper, polkitd and swtpm.

#include "FakeBackend.h"
#include "GuiApplication.h"
#include "Translations.h"
#include "WizardContext.h"
#include "model/Words.h"
#include "pages/FirmwarePage.h"
#include "pages/TurnOnPage.h"

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
