// SPDX-License-Identifier: GPL-3.0-or-later
// Token buckets and quotas on a fake clock: exact refills, bursts, limit changes, refunds and period boundaries.
#include "traffic/trafficstate.h"

#include <QtTest>

using namespace gw;

namespace {

qint64 utcMs(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

class tst_TrafficState : public QObject
{
    Q_OBJECT
private slots:
    void burstThenRate();
    void fractionalRate();
    void zeroLimitsRefuseEverything();
    void limitChangesApplyFromNow();
    void refundGivesATokenBack();
    void periodEnds_data();
    void periodEnds();
    void quotaCountsAndResets();
    void quotaOffsetCountsInTheFirstPeriodOnly();
    void snapshotShowsRefilledBuckets();
};

void tst_TrafficState::burstThenRate()
{
    TrafficState state;
    const model::Throttle limits{2, 3}; // 2/s, burst 3
    qint64 now = 1'000'000;
    for (int i = 0; i < 3; ++i)
        QVERIFY(state.take(QStringLiteral("b"), limits, now).allowed);
    const BucketState empty = state.take(QStringLiteral("b"), limits, now);
    QVERIFY(!empty.allowed);
    QCOMPARE(empty.tokens, 0.0);
    now += 499'999; // not quite one token yet (0.999998)
    QVERIFY(!state.take(QStringLiteral("b"), limits, now).allowed);
    now += 1;
    QVERIFY(state.take(QStringLiteral("b"), limits, now).allowed);
    now += 10'000'000; // refills to the burst, no further
    const BucketState full = state.take(QStringLiteral("b"), limits, now);
    QCOMPARE(full.tokens, 3.0);
}

void tst_TrafficState::fractionalRate()
{
    TrafficState state;
    const model::Throttle limits{0.5, 1};
    QVERIFY(state.take(QStringLiteral("b"), limits, 0).allowed);
    QVERIFY(!state.take(QStringLiteral("b"), limits, 1'999'999).allowed);
    QVERIFY(state.take(QStringLiteral("b"), limits, 2'000'000).allowed);
}

void tst_TrafficState::zeroLimitsRefuseEverything()
{
    TrafficState state;
    QVERIFY(!state.take(QStringLiteral("b"), model::Throttle{0, 0}, 0).allowed);
    QVERIFY(!state.take(QStringLiteral("b"), model::Throttle{100, 0}, 5'000'000).allowed);
}

void tst_TrafficState::limitChangesApplyFromNow()
{
    TrafficState state;
    for (int i = 0; i < 10; ++i)
        QVERIFY(state.take(QStringLiteral("b"), model::Throttle{1, 10}, 0).allowed);
    QVERIFY(!state.take(QStringLiteral("b"), model::Throttle{1, 10}, 0).allowed);
    // A redeploy with a smaller burst: the bucket keeps what it has, capped by the new burst.
    QCOMPARE(state.take(QStringLiteral("b"), model::Throttle{1, 2}, 5'000'000).tokens, 2.0);
}

void tst_TrafficState::refundGivesATokenBack()
{
    TrafficState state;
    const model::Throttle limits{1, 1};
    QVERIFY(state.take(QStringLiteral("b"), limits, 0).allowed);
    QVERIFY(!state.take(QStringLiteral("b"), limits, 0).allowed);
    state.refund(QStringLiteral("b"));
    QVERIFY(state.take(QStringLiteral("b"), limits, 0).allowed);
    state.refund(QStringLiteral("b"));
    state.refund(QStringLiteral("b")); // never above the burst
    QCOMPARE(state.take(QStringLiteral("b"), limits, 0).tokens, 1.0);
}

void tst_TrafficState::periodEnds_data()
{
    QTest::addColumn<int>("period");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<qint64>("end");
    using P = model::Quota::Period;
    QTest::addRow("day") << int(P::Day) << utcMs(2026, 11, 25, 17, 3) << utcMs(2026, 11, 26);
    QTest::addRow("day, last ms") << int(P::Day) << utcMs(2026, 11, 25, 23, 59, 59) + 999 << utcMs(2026, 11, 26);
    QTest::addRow("day, year end") << int(P::Day) << utcMs(2026, 12, 31, 12) << utcMs(2027, 1, 1);
    // 2026-11-25 is a Wednesday; weeks start on Sunday.
    QTest::addRow("week, Wednesday") << int(P::Week) << utcMs(2026, 11, 25, 9) << utcMs(2026, 11, 29);
    QTest::addRow("week, Saturday night") << int(P::Week) << utcMs(2026, 11, 28, 23, 59) << utcMs(2026, 11, 29);
    QTest::addRow("week, Sunday") << int(P::Week) << utcMs(2026, 11, 29, 0) << utcMs(2026, 12, 6);
    QTest::addRow("month") << int(P::Month) << utcMs(2026, 11, 25) << utcMs(2026, 12, 1);
    QTest::addRow("month, December") << int(P::Month) << utcMs(2026, 12, 15) << utcMs(2027, 1, 1);
    QTest::addRow("month, leap February") << int(P::Month) << utcMs(2028, 2, 29, 23) << utcMs(2028, 3, 1);
}

void tst_TrafficState::periodEnds()
{
    QFETCH(int, period);
    QFETCH(qint64, at);
    QFETCH(qint64, end);
    QCOMPARE(TrafficState::periodEnd(model::Quota::Period(period), at), end);
}

void tst_TrafficState::quotaCountsAndResets()
{
    TrafficState state;
    const model::Quota q{3, model::Quota::Period::Day, 0};
    const qint64 t = utcMs(2026, 11, 25, 10);
    for (int i = 1; i <= 3; ++i) {
        const QuotaState s = state.count(QStringLiteral("q"), q, t);
        QVERIFY(s.allowed);
        QCOMPARE(s.used, qint64(i));
    }
    const QuotaState over = state.count(QStringLiteral("q"), q, t + 1000);
    QVERIFY(!over.allowed);
    QCOMPARE(over.used, qint64(3));
    QCOMPARE(over.periodEndMs, utcMs(2026, 11, 26));
    state.uncount(QStringLiteral("q"));
    QVERIFY(state.count(QStringLiteral("q"), q, t).allowed);
    // Midnight UTC starts a new period.
    QVERIFY(!state.count(QStringLiteral("q"), q, utcMs(2026, 11, 25, 23, 59, 59)).allowed);
    const QuotaState fresh = state.count(QStringLiteral("q"), q, utcMs(2026, 11, 26));
    QVERIFY(fresh.allowed);
    QCOMPARE(fresh.used, qint64(1));
    QCOMPARE(fresh.periodEndMs, utcMs(2026, 11, 27));
}

void tst_TrafficState::quotaOffsetCountsInTheFirstPeriodOnly()
{
    TrafficState state;
    const model::Quota q{5, model::Quota::Period::Day, 4};
    QVERIFY(state.count(QStringLiteral("q"), q, utcMs(2026, 11, 25, 1)).allowed);
    QVERIFY(!state.count(QStringLiteral("q"), q, utcMs(2026, 11, 25, 2)).allowed);
    for (int i = 0; i < 5; ++i)
        QVERIFY(state.count(QStringLiteral("q"), q, utcMs(2026, 11, 26, 1)).allowed);
    QVERIFY(!state.count(QStringLiteral("q"), q, utcMs(2026, 11, 26, 1)).allowed);
}

void tst_TrafficState::snapshotShowsRefilledBuckets()
{
    TrafficState state;
    state.take(QStringLiteral("a"), model::Throttle{10, 5}, 0);
    state.count(QStringLiteral("q"), model::Quota{100, model::Quota::Period::Month, 0}, utcMs(2026, 11, 25));
    const QList<TrafficState::Snapshot> snap = state.snapshot(200'000, utcMs(2026, 11, 25, 1));
    QCOMPARE(snap.size(), 2);
    QCOMPARE(snap[0].key, QStringLiteral("a"));
    QCOMPARE(snap[0].tokens, 5.0); // 4 + 0.2 s x 10/s, capped at 5
    QVERIFY(snap[1].isQuota);
    QCOMPARE(snap[1].used, qint64(1));
    // Past the period end the gauge shows the new period.
    const QList<TrafficState::Snapshot> later = state.snapshot(0, utcMs(2026, 12, 1, 1));
    QCOMPARE(later[1].used, qint64(0));
    QCOMPARE(later[1].periodEndMs, utcMs(2027, 1, 1));
}

QTEST_GUILESS_MAIN(tst_TrafficState)
#include "tst_trafficstate.moc"
