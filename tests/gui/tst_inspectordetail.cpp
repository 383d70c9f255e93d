// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 8's request detail beyond the waterfall: where the time went (gateway, authorizer, integration, cold start),
// each header explained, and the $context tab with every variable's value for the request.

#include "bodyview.h"
#include "inspectorpanel.h"

#include "observe/latencybreakdown.h"

#include <QBuffer>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace gw;
using namespace gw::ui;

namespace {

ExchangeRecordPtr lambdaRecord()
{
    auto r = std::make_shared<ExchangeRecord>();
    r->sequence = 1;
    r->startEpochMs = 1'764'000'000'000;
    r->method = QStringLiteral("GET");
    r->path = QStringLiteral("/prod/orders");
    r->apiId = QStringLiteral("orders");
    r->stage = QStringLiteral("prod");
    r->protocol = QStringLiteral("rest");
    r->requestId = QStringLiteral("6f1c2d3e-0000-4000-8000-000000000001");
    r->status = 200;
    r->totalUs = 150'000;
    r->integrationLatencyUs = 120'000;
    r->requestHeaders.append(QByteArrayLiteral("Host"), QByteArrayLiteral("orders.execute-api.localhost:4510"));
    r->requestHeaders.append(QByteArrayLiteral("X-Custom-Thing"), QByteArrayLiteral("1"));
    r->responseHeaders.append(QByteArrayLiteral("x-amzn-RequestId"), r->requestId.toLatin1());
    r->responseHeaders.append(QByteArrayLiteral("x-amzn-Remapped-Server"), QByteArrayLiteral("nginx"));
    auto authorizer = std::make_shared<AuthorizerTrace>();
    authorizer->latencyUs = 20'000;
    authorizer->integrationLatencyUs = 18'000;
    authorizer->decision = QStringLiteral("allow");
    r->authorizer = authorizer;
    auto cold = std::make_shared<LambdaTrace>();
    cold->function = QStringLiteral("orders");
    cold->purpose = QStringLiteral("integration");
    cold->coldStart = true;
    cold->initUs = 95'000;
    cold->durationUs = 20'000;
    auto warm = std::make_shared<LambdaTrace>(*cold);
    warm->purpose = QStringLiteral("authorizer");
    warm->coldStart = false;
    r->lambda = {warm, cold};
    return r;
}

QTreeWidgetItem *row(QTreeWidget *tree, const QString &first)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == first)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class tst_InspectorDetail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void breakdown();
    void summarySaysWhereTheTimeWent();
    void headersAreExplained();
    void contextTab();
    void bodyModes();
};

void tst_InspectorDetail::breakdown()
{
    const ExchangeRecordPtr r = lambdaRecord();
    LatencyBreakdown b = latencyBreakdown(*r);
    QCOMPARE(b.totalUs, qint64(150'000));
    QCOMPARE(b.authorizerUs, qint64(20'000));
    QCOMPARE(b.integrationUs, qint64(120'000));
    QCOMPARE(b.gatewayUs, qint64(10'000));
    QCOMPARE(b.coldStarts, 1);
    QCOMPARE(b.coldStartUs, qint64(95'000));

    // A MOCK answer: no authorizer, no integration latency; all of it is the gateway's.
    ExchangeRecord mock;
    mock.totalUs = 400;
    b = latencyBreakdown(mock);
    QCOMPARE(b.gatewayUs, qint64(400));
    QCOMPARE(b.authorizerUs, qint64(-1));
    QCOMPARE(b.integrationUs, qint64(-1));
    QCOMPARE(b.coldStartUs, qint64(-1));

    // Parts that add up to more than the total (clock granularity) never make the gateway's share negative.
    mock.integrationLatencyUs = 500;
    QCOMPARE(latencyBreakdown(mock).gatewayUs, qint64(0));
}

void tst_InspectorDetail::summarySaysWhereTheTimeWent()
{
    InspectorPanel panel;
    panel.setRecord(lambdaRecord());
    const QString summary = panel.summaryText();
    QVERIFY2(summary.contains(QStringLiteral("gateway 10.0 ms")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("authorizer 20.0 ms")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("integration 120 ms")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("cold start 95.0 ms")), qPrintable(summary));

    auto mock = std::make_shared<ExchangeRecord>(*lambdaRecord());
    mock->authorizer.reset();
    mock->integrationLatencyUs = -1;
    mock->lambda.clear();
    mock->totalUs = 300;
    panel.setRecord(mock);
    QVERIFY2(!panel.summaryText().contains(QStringLiteral("gateway")), qPrintable(panel.summaryText()));
}

void tst_InspectorDetail::headersAreExplained()
{
    InspectorPanel panel;
    panel.setRecord(lambdaRecord());
    QTreeWidget *request = panel.requestHeadersTree();
    QTreeWidget *response = panel.responseHeadersTree();
    QCOMPARE(request->columnCount(), 3);
    QTreeWidgetItem *host = row(request, QStringLiteral("Host"));
    QVERIFY(host);
    QVERIFY2(host->text(2).contains(QStringLiteral("execute-api.localhost")), qPrintable(host->text(2)));
    QCOMPARE(host->toolTip(0), host->text(2));
    QVERIFY(row(request, QStringLiteral("X-Custom-Thing"))->text(2).isEmpty()); // nothing to say about it
    QTreeWidgetItem *id = row(response, QStringLiteral("x-amzn-RequestId"));
    QVERIFY(id);
    QVERIFY2(id->text(2).contains(QStringLiteral("$context.requestId")), qPrintable(id->text(2)));
    QVERIFY2(row(response, QStringLiteral("x-amzn-Remapped-Server"))->text(2).contains(QStringLiteral("reserves")),
             qPrintable(row(response, QStringLiteral("x-amzn-Remapped-Server"))->text(2)));
}

void tst_InspectorDetail::contextTab()
{
    InspectorPanel panel;
    QTabWidget *tabs = panel.tabs();
    panel.setRecord(nullptr);
    QVERIFY(!tabs->isTabVisible(InspectorPanel::ContextTab));
    const ExchangeRecordPtr r = lambdaRecord();
    panel.setRecord(r);
    QVERIFY(tabs->isTabVisible(InspectorPanel::ContextTab));
    QCOMPARE(tabs->tabText(InspectorPanel::ContextTab), QStringLiteral("$context"));
    QTreeWidget *tree = panel.contextTree();
    QTreeWidgetItem *requestId = row(tree, QStringLiteral("$context.requestId"));
    QVERIFY(requestId);
    QCOMPARE(requestId->text(1), r->requestId);
    QCOMPARE(row(tree, QStringLiteral("$context.httpMethod"))->text(1), QStringLiteral("GET"));
    QCOMPARE(row(tree, QStringLiteral("$context.integrationLatency"))->text(1), QStringLiteral("120"));
    QCOMPARE(row(tree, QStringLiteral("$context.status"))->text(1), QStringLiteral("200"));

    // The filter matches names and values, and survives showing another record.
    panel.contextFilter()->setText(QStringLiteral("latency"));
    QVERIFY(!row(tree, QStringLiteral("$context.integrationLatency"))->isHidden());
    QVERIFY(row(tree, QStringLiteral("$context.requestId"))->isHidden());
    auto other = std::make_shared<ExchangeRecord>(*r);
    other->requestId = QStringLiteral("another-id");
    panel.setRecord(other);
    QVERIFY(row(tree, QStringLiteral("$context.requestId"))->isHidden());
    panel.contextFilter()->setText(QStringLiteral("another-id"));
    QVERIFY(!row(tree, QStringLiteral("$context.requestId"))->isHidden());
    panel.contextFilter()->clear();
    QVERIFY(!row(tree, QStringLiteral("$context.httpMethod"))->isHidden());
}

void tst_InspectorDetail::bodyModes()
{
    BodyView view;
    QComboBox *combo = view.modeCombo();
    QCOMPARE(combo->count(), 4);

    // JSON: Pretty formats it, Raw shows it as sent, Hex shows the bytes; the user's choice stays for the next body.
    const QByteArray json = "{\"a\":1,\"b\":[true]}";
    view.setBody(json, json.size(), "application/json");
    QCOMPARE(view.mode(), BodyView::Mode::Pretty);
    QVERIFY(view.text().contains(QStringLiteral("\n")));
    QVERIFY(!view.isImageAvailable());
    auto *items = qobject_cast<QStandardItemModel *>(combo->model());
    QVERIFY(!items->item(int(BodyView::Mode::Image))->isEnabled());
    QVERIFY(!view.setMode(BodyView::Mode::Image));
    combo->setCurrentIndex(int(BodyView::Mode::Raw));
    Q_EMIT combo->activated(int(BodyView::Mode::Raw));
    QCOMPARE(view.mode(), BodyView::Mode::Raw);
    QCOMPARE(view.text(), QString::fromUtf8(json));
    QVERIFY2(view.caption().contains(QStringLiteral("raw")), qPrintable(view.caption()));
    QVERIFY(view.setMode(BodyView::Mode::Hex));
    QVERIFY2(view.text().startsWith(QStringLiteral("00000000  7b 22 61 22")), qPrintable(view.text()));
    QVERIFY2(view.text().contains(QStringLiteral("{\"a\":1,\"b\":[t")), qPrintable(view.text())); // the ASCII column
    view.setMode(BodyView::Mode::Raw);
    view.setBody("plain", 5, "text/plain");
    QCOMPARE(view.mode(), BodyView::Mode::Raw);

    // A PNG opens as Image, shown at its size; the next text body goes back to text.
    QImage picture(7, 5, QImage::Format_RGB32);
    picture.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(picture.save(&buffer, "PNG"));
    view.setBody(png, png.size(), "image/png");
    QVERIFY(view.isImageAvailable());
    QCOMPARE(view.mode(), BodyView::Mode::Image);
    QCOMPARE(view.imageLabel()->pixmap().size(), QSize(7, 5));
    QVERIFY2(view.caption().contains(QStringLiteral("PNG image, 7 × 5")), qPrintable(view.caption()));
    QVERIFY(view.setMode(BodyView::Mode::Hex));
    QVERIFY(view.text().startsWith(QStringLiteral("00000000  89 50 4e 47")));

    // Bytes that claim to be an image but are not one: no Image mode, Pretty's hex dump.
    view.setMode(BodyView::Mode::Pretty);
    const QByteArray broken = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(40, '\xff');
    view.setBody(broken, broken.size(), "image/png");
    QVERIFY(!view.isImageAvailable());
    QCOMPARE(view.mode(), BodyView::Mode::Pretty);
    QVERIFY2(view.caption().contains(QStringLiteral("hex")), qPrintable(view.caption()));

    view.clear();
    QVERIFY(!combo->isEnabled());
}

QTEST_MAIN(tst_InspectorDetail)
#include "tst_inspectordetail.moc"
