// SPDX-License-Identifier: GPL-3.0-or-later
// A body cut at the capture limit says so above the text ("Showing the first 256 KB of 3.2 MB; the rest was not
// kept"), in the body view itself and in the Inspector's Request and Response tabs; a whole body shows no notice.
#include "bodyview.h"
#include "formatting.h"
#include "inspectorpanel.h"

#include "observe/exchangerecord.h"

#include <QLabel>
#include <QtTest>

using namespace gw;
using namespace gw::ui;

class tst_BodyView : public QObject
{
    Q_OBJECT
private slots:
    void cutNotice_data();
    void cutNotice();
    void inspectorShowsTheNoticeForCutBodies();
};

void tst_BodyView::cutNotice_data()
{
    QTest::addColumn<qint64>("captured");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QString>("notice"); // empty: none

    const qint64 limit = ExchangeRecord::bodyCaptureLimit;
    QTest::addRow("whole body") << qint64(100) << qint64(100) << QString();
    QTest::addRow("whole body at the limit") << limit << limit << QString();
    QTest::addRow("cut at the capture limit")
        << limit << qint64(3'355'443)
        << QStringLiteral("Showing the first 256 KB of %1; the rest was not kept.")
               .arg(QLocale().formattedDataSize(3'355'443, 1, QLocale::DataSizeTraditionalFormat));
    QTest::addRow("cut at 8 MB (Test panel)")
        << qint64(8 * 1024 * 1024) << qint64(12 * 1024 * 1024)
        << QStringLiteral("Showing the first 8 MB of %1; the rest was not kept.")
               .arg(QLocale().formattedDataSize(12 * 1024 * 1024, 1, QLocale::DataSizeTraditionalFormat));
    QTest::addRow("cut at an odd size") << qint64(1000) << qint64(5000)
                                        << QStringLiteral("Showing the first %1 of %2; the rest was not kept.")
                                               .arg(Formatting::byteSize(1000), Formatting::byteSize(5000));
}

void tst_BodyView::cutNotice()
{
    QFETCH(qint64, captured);
    QFETCH(qint64, total);
    QFETCH(QString, notice);
    BodyView view;
    view.show();
    view.setBody(QByteArray(captured, 'a'), total, "text/plain");
    QCOMPARE(view.cutNotice(), notice);
    auto *label = view.findChild<QLabel *>(QStringLiteral("bodyCutNotice"));
    QVERIFY(label);
    QCOMPARE(label->isVisible(), !notice.isEmpty());
    QVERIFY2(view.caption().startsWith(QLocale().toString(total)), qPrintable(view.caption()));

    // The next body decides again; clearing hides it.
    view.setBody("{}", 2, "application/json");
    QVERIFY(view.cutNotice().isEmpty());
    QVERIFY(label->isHidden());
    view.setBody(QByteArray(captured, 'a'), total, "text/plain");
    view.clear();
    QVERIFY(view.cutNotice().isEmpty());
}

void tst_BodyView::inspectorShowsTheNoticeForCutBodies()
{
    InspectorPanel panel;
    panel.resize(520, 500);
    panel.show();
    auto r = std::make_shared<ExchangeRecord>();
    r->sequence = 1;
    r->apiId = QStringLiteral("shop");
    r->protocol = QStringLiteral("rest");
    r->stage = QStringLiteral("prod");
    r->method = QStringLiteral("POST");
    r->path = QStringLiteral("/prod/upload");
    r->status = 200;
    r->requestBody = QByteArray(ExchangeRecord::bodyCaptureLimit, 'x');
    r->requestBodySize = 3 * 1024 * 1024 + 200 * 1024;
    r->responseBody = "{\"ok\":true}";
    r->responseBodySize = r->responseBody.size();
    panel.setRecord(r);

    BodyView *request = nullptr;
    BodyView *response = nullptr;
    for (BodyView *b : panel.findChildren<BodyView *>()) {
        if (b->accessibleName() == QLatin1String("Request body"))
            request = b;
        else if (b->accessibleName() == QLatin1String("Response body"))
            response = b;
    }
    QVERIFY(request);
    QVERIFY(response);
    QCOMPARE(request->cutNotice(), QStringLiteral("Showing the first 256 KB of 3.2 MB; the rest was not kept."));
    QVERIFY(response->cutNotice().isEmpty());
}

QTEST_MAIN(tst_BodyView)
#include "tst_bodyview.moc"
