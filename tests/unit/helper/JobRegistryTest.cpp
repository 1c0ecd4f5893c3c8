#include "JobRegistry.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace tpmprov::helper;

TEST(JobRegistry, OneJobAtATime) {
    JobRegistry jobs;
    const JobRecord* first = jobs.start(QStringLiteral("SelfTest"), QStringLiteral(":1.5"),
                                        QStringLiteral(":1.5 (uid 1000)"), 1000);
    ASSERT_NE(first, nullptr);
    const QString id = first->id;
    EXPECT_TRUE(first->running);
    EXPECT_EQ(jobs.start(QStringLiteral("Provision"), QStringLiteral(":1.6"), {}, 1000), nullptr);
    ASSERT_NE(jobs.running(), nullptr);
    EXPECT_EQ(jobs.running()->id, id);
    EXPECT_EQ(jobs.running()->operation, QStringLiteral("SelfTest"));

    EXPECT_TRUE(jobs.finish(id, true, QStringLiteral("done"), QStringLiteral("{}")));
    EXPECT_FALSE(jobs.finish(id, false, QStringLiteral("failed"), {})); // only once
    EXPECT_EQ(jobs.running(), nullptr);
    const JobRecord* done = jobs.find(id);
    ASSERT_NE(done, nullptr);
    EXPECT_FALSE(done->running);
    EXPECT_TRUE(done->succeeded);
    EXPECT_EQ(done->outcome, QStringLiteral("done"));
    EXPECT_EQ(done->requestedBy, QStringLiteral(":1.5 (uid 1000)"));
    EXPECT_NE(jobs.start(QStringLiteral("Provision"), QStringLiteral(":1.6"), {}, 1000), nullptr);
}

TEST(JobRegistry, KeepsTheLastSixteenResults) {
    JobRegistry jobs(16);
    QStringList ids;
    for (int i = 0; i < 40; ++i) {
        const JobRecord* job = jobs.start(QStringLiteral("SelfTest"), {}, {}, 1000);
        ASSERT_NE(job, nullptr);
        ids << job->id;
        ASSERT_TRUE(jobs.finish(job->id, true, QStringLiteral("done"), {}));
    }
    EXPECT_EQ(jobs.size(), 16u);
    for (int i = 0; i < 24; ++i)
        EXPECT_EQ(jobs.find(ids[i]), nullptr) << i;
    for (int i = 24; i < 40; ++i)
        EXPECT_NE(jobs.find(ids[i]), nullptr) << i;
    // A running job does not push a kept result out before it finishes... beyond one extra.
    ASSERT_NE(jobs.start(QStringLiteral("Provision"), {}, {}, 1000), nullptr);
    EXPECT_EQ(jobs.size(), 17u);
    EXPECT_NE(jobs.find(ids[24]), nullptr);
}

TEST(JobRegistry, IdsAreUniqueAndUnguessableLooking) {
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString id = newJobId();
        EXPECT_EQ(id.size(), 36) << id.toStdString();
        EXPECT_FALSE(seen.contains(id));
        seen.insert(id);
    }
}

TEST(JobRegistry, CancelBeforeCommitStopsAfterCommitIsTooLate) {
    JobRegistry jobs;
    const QString a = jobs.start(QStringLiteral("Provision"), {}, {}, 1000)->id;
    EXPECT_EQ(jobs.cancel(QStringLiteral("no-such-id")), JobRegistry::CancelResult::NoSuchJob);
    EXPECT_EQ(jobs.cancel(a), JobRegistry::CancelResult::Requested);
    EXPECT_EQ(jobs.cancel(a), JobRegistry::CancelResult::Requested); // twice is fine
    EXPECT_TRUE(jobs.find(a)->control->cancelRequested());
    EXPECT_FALSE(jobs.find(a)->control->commit()); // the worker will not send TakeOwnership
    ASSERT_TRUE(jobs.finish(a, false, QStringLiteral("cancelled"), {}));
    EXPECT_EQ(jobs.cancel(a), JobRegistry::CancelResult::AlreadyFinished);

    const QString b = jobs.start(QStringLiteral("TakeOwnership"), {}, {}, 1000)->id;
    EXPECT_TRUE(jobs.find(b)->control->commit()); // TakeOwnership is being sent
    EXPECT_TRUE(jobs.find(b)->control->commit()); // idempotent
    EXPECT_EQ(jobs.cancel(b), JobRegistry::CancelResult::TooLate);
    EXPECT_FALSE(jobs.find(b)->control->cancelRequested());
}

TEST(JobRegistry, AJobRemembersWhoseItIs) {
    JobRegistry jobs;
    const JobRecord* job = jobs.start(QStringLiteral("SelfTest"), QStringLiteral(":1.5"),
                                      QStringLiteral(":1.5 (uid 1001)"), 1001);
    ASSERT_NE(job, nullptr);
    EXPECT_EQ(job->requesterUid, 1001u);
    EXPECT_EQ(jobs.find(job->id)->requesterUid, 1001u);
    EXPECT_LE(job->id.size(), kMaxJobIdLength);
}
