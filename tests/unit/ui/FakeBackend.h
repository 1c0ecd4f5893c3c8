#pragma once
// A TPM 1.2 modelled by its flags behind the wizard's TpmBackend: no bus, no helper, no
// swtpm. For fast tests of page logic; the wizard tier tests the same pages against the real
// helper. Every call answers from the event loop (as D-Bus replies do), GetState reports the
// model through core's own writer (statusToJson) and planner, and the presence-gated calls
// change the flags as a TPM does.

#include "backend/TpmBackend.h"
#include "engine/Maintenance.h"
#include "engine/Plan.h"
#include "report/JsonReport.h"

#include <QHash>
#include <QJsonDocument>
#include <QTimer>
#include <functional>

namespace tpmprov::ui::testing {

class FakeBackend : public TpmBackend {
public:
    tpm::TpmState state;                   // what GetState reports
    QStringList calls;                     // every method called, in order
    QHash<QString, BackendError> failures; // method name -> the error it answers with

    // The seed report's factory state: disabled, deactivated, unowned, presence allowed.
    static tpm::TpmState factoryState() {
        tpm::TpmState s;
        s.family = tpm::TpmFamily::Tpm12;
        s.tpm12.legacyVersion = tpm::Version{1, 2, 13, 12};
        s.manufacturer = "STM";
        s.tpm12.permanent = tpm::PermanentFlags{};
        s.tpm12.permanent->disable = true;
        s.tpm12.permanent->deactivated = true;
        s.tpm12.permanent->ownership = true;
        s.tpm12.permanent->physicalPresenceLifetimeLock = true;
        s.tpm12.permanent->physicalPresenceCMDEnable = true;
        s.tpm12.permanent->reported = tpm::PermanentFlags::kPermanentFlagCount;
        s.tpm12.stclear = tpm::StclearFlags{};
        s.tpm12.stclear->deactivated = true;
        s.owned = false;
        s.tpm12.ek = tpm::EkStatus::Present;
        return s;
    }

    BackendCall* getState() override {
        return answer(QStringLiteral("getState"), [this](BackendResult& r) {
            r.json = QString::fromUtf8(
                QJsonDocument(tpm::report::statusToJson("fake", state, tpm::makePlan(state)))
                    .toJson(QJsonDocument::Compact));
            r.status = TpmStatus::fromJson(r.json);
        });
    }
    BackendCall* startup() override {
        return answer(QStringLiteral("startup"), [](BackendResult& r) {
            r.json = QStringLiteral("{\"target\":\"fake\",\"result\":\"%1\"}")
                         .arg(QString::fromStdString(
                             tpm::startupOutcomeText(tpm::StartupOutcome::AlreadyStarted)));
        });
    }
    BackendCall* assertPresence() override {
        return answer(QStringLiteral("assertPresence"), [](BackendResult&) {});
    }
    BackendCall* enable() override {
        return answer(QStringLiteral("enable"), [this](BackendResult&) {
            state.tpm12.permanent->disable = false;
            state.tpm12.permanent->ownership = true;
        });
    }
    BackendCall* activate() override {
        // The permanent flag now; the live one at the next restart.
        return answer(QStringLiteral("activate"),
                      [this](BackendResult&) { state.tpm12.permanent->deactivated = false; });
    }
    BackendCall* selfTest() override { return job(QStringLiteral("selfTest")); }
    BackendCall* createEndorsementKey() override {
        return job(QStringLiteral("createEndorsementKey"));
    }
    BackendCall* takeOwnership(const tpm::Secret&, const tpm::Secret&, bool) override {
        return job(QStringLiteral("takeOwnership"));
    }
    BackendCall* provision(const tpm::Secret&, const tpm::Secret&, bool) override {
        return job(QStringLiteral("provision"));
    }
    BackendCall* verifyOwner(const tpm::Secret&) override {
        return answer(QStringLiteral("verifyOwner"), [](BackendResult& r) { r.accepted = true; });
    }
    BackendCall* forceClear() override {
        return answer(QStringLiteral("forceClear"),
                      [this](BackendResult&) { state.owned = false; });
    }
    BackendCall* provisionTpm2(const tpm::AuthValue&, bool) override {
        return job(QStringLiteral("provisionTpm2"));
    }
    BackendCall* verifyLockout(const tpm::AuthValue&) override {
        return answer(QStringLiteral("verifyLockout"), [](BackendResult& r) { r.accepted = true; });
    }
    BackendCall* clearWithLockout(const tpm::AuthValue&) override {
        return answer(QStringLiteral("clearWithLockout"), [](BackendResult&) {});
    }
    BackendCall* requestPhysicalPresence(std::uint32_t) override {
        return answer(QStringLiteral("requestPhysicalPresence"), [](BackendResult&) {});
    }
    BackendCall* cancel(const QString&) override {
        return answer(QStringLiteral("cancel"), [](BackendResult&) {});
    }
    std::optional<JobOutcome> takeFinishedJob(const QString& id) override {
        if (!m_finished.contains(id))
            return std::nullopt;
        return m_finished.take(id);
    }

private:
    BackendCall* answer(const QString& method, const std::function<void(BackendResult&)>& fill) {
        calls << method;
        auto* call = new BackendCall(this);
        BackendResult result;
        if (failures.contains(method))
            result.error = failures.value(method);
        else
            fill(result);
        call->finishLater(result);
        return call;
    }

    // Answers with a job id, then (one event-loop turn later, as the helper's signal would
    // come) finishes the job successfully.
    BackendCall* job(const QString& method) {
        const QString id = QStringLiteral("job-%1").arg(++m_jobs);
        BackendCall* call = answer(method, [&id](BackendResult& r) { r.job = id; });
        if (!failures.contains(method))
            QTimer::singleShot(0, this, [this, id] {
                const QString json = QStringLiteral("{\"target\":\"fake\",\"result\":\"done\"}");
                m_finished.insert(id, JobOutcome{id, true, QStringLiteral("done"), json});
                Q_EMIT jobFinished(id, true, QStringLiteral("done"), json);
            });
        return call;
    }

    int m_jobs = 0;
    QHash<QString, JobOutcome> m_finished;
};

} // namespace tpmprov::ui::testing
