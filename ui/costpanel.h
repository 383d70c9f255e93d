// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cost/costmeter.h"
#include "model/api.h"
#include "observe/exchangerecord.h"

#include <QAbstractTableModel>
#include <QTimer>
#include <QWidget>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QVBoxLayout;

namespace gw::ui {

/// A month's cost as a table: line item, quantity, US dollars; the last row is the total. Read-only. The
/// Live and What-if sections of the Cost dock show one each; toText() is what Ctrl+C copies.
class CostTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ItemColumn, QuantityColumn, UsdColumn, ColumnCount };
    struct Row
    {
        QString item;
        QString quantity; ///< "25,920,000,000 requests"; empty when the item has no quantity
        double usd = 0;
        QString toolTip; ///< how the figure is made
        bool total = false; ///< the total row: bold
        bool operator==(const Row &o) const
        {
            return item == o.item && quantity == o.quantity && usd == o.usd && toolTip == o.toolTip && total == o.total;
        }
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// Replaces the rows: in place (dataChanged) when the items are the same as before, else with a reset.
    void setRows(QList<Row> rows);
    const QList<Row> &rows() const { return m_rows; }
    /// The row named `item`, or null.
    const Row *row(const QString &item) const;
    /// The table as text: a header line, then one line per row, columns separated by tabs.
    QString toText() const;

    /// The rows of one estimate, as `gatehouse cost` prices `inputs`: API requests (or messages), connection
    /// minutes, cache, Lambda requests and compute, data transfer out, total.
    static QList<Row> rowsFor(const cost::MonthlyEstimate &estimate, const cost::MonthlyInputs &inputs);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Row> m_rows;
};

/// Something a REST API of the project uses that HTTP APIs do not offer (or offer differently), with where.
struct RestOnlyFeature
{
    QString apiId;
    QString feature; ///< "Request validation"
    QString detail;  ///< "3 methods (POST /pets, PUT /pets/{petId}, …)"
    bool lost = true; ///< false: HTTP APIs have an equivalent that works differently
};

/// The Cost dock: what the session's traffic would cost on AWS and what a month of it would.
///
/// - Live: the session's cost, requests and rate (the status bar's figures), and the month at the rate of the
///   last minute with tier maths, item by item: API requests per flavour, WebSocket connection minutes, each
///   REST stage cache of the project (billed by the hour, traffic or not), Lambda requests and GB-seconds, data
///   transfer out.
/// - REST versus HTTP: the same REST and HTTP traffic priced both ways, and what the project's REST APIs use
///   that HTTP APIs do not offer.
/// - Billing alarms: thresholds on the projected month (default $100, $500, $1,000; QSettings "cost/alarms").
///   alarmRaised() once per upward crossing; falling below re-arms.
/// - What if: a month of steady traffic from inputs, priced by cost::estimateMonthly (as `gatehouse cost`).
///
/// Records are counted in O(1) as they arrive; the figures are rebuilt at most twice a second, and keep
/// ticking after traffic so the projection falls when it stops. GUI thread only.
class CostPanel final : public QWidget
{
    Q_OBJECT
public:
    /// `pricing` null: the panel shows `pricingError` and counts nothing.
    CostPanel(std::shared_ptr<const cost::Pricing> pricing, const QString &pricingError, QWidget *parent = nullptr);

    /// Where "now" comes from (epoch ms; the gateway's clock in the window); the system clock unless set.
    void setClock(std::function<qint64()> now);
    /// The stages' caches are priced, and the REST-only features read, from `project`.
    void setProject(const model::Project &project);
    void clearProject();
    /// Forgets the session's traffic.
    void clearTraffic();

    /// What the project's REST APIs use that HTTP APIs do not offer, API by API.
    static QList<RestOnlyFeature> restOnlyFeatures(const model::Project &project);

    /// The live figures as of the last refresh.
    struct Live
    {
        quint64 requests = 0;
        double sessionUsd = 0;
        double ratePerSecond = 0;
        double monthlyUsd = 0; ///< the projected month, stage caches included
        double restMonthlyUsd = 0; ///< the REST and HTTP traffic's month priced as REST (stage caches included)
        double httpMonthlyUsd = 0; ///< the same priced as HTTP
        bool restOrHttpSeen = false;
        bool webSocketSeen = false;
    };
    const Live &live() const { return m_live; }
    CostTableModel *liveModel() const { return m_liveModel; }
    CostTableModel *whatIfModel() const { return m_whatIfModel; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The feature list of the REST versus HTTP section, as shown.
    QString featuresText() const;
    /// The what-if section's inline problem (empty when the inputs are usable).
    QString whatIfError() const;

    QList<double> alarmThresholds() const;
    /// Replaces the thresholds (USD, sorted ascending, duplicates dropped) and saves them.
    void setAlarmThresholds(QList<double> thresholds);
    /// Is the projection at or above threshold `index` (ALARM)?
    bool isAlarmOn(int index) const;
    static QList<double> defaultAlarmThresholds() { return {100, 500, 1000}; }

    cost::MonthlyInputs whatIfInputs() const;
    void setWhatIfInputs(const cost::MonthlyInputs &inputs);
    /// Fills the what-if inputs from the live figures: the flavour with the most requests in the last minute,
    /// its rate, average response size, Lambda memory and billed duration, the project's largest REST stage
    /// cache, WebSocket connections open on average.
    void useCurrentTraffic();

public Q_SLOTS:
    void addRecords(const std::vector<gw::ExchangeRecordPtr> &batch);
    /// Rebuilds the figures now (and checks the alarms) rather than at the next tick.
    void refresh();

Q_SIGNALS:
    /// The projected month rose to `projectedUsd`, at or above `thresholdUsd`, from below it.
    void alarmRaised(double thresholdUsd, double projectedUsd);

private:
    /// Billable volume of one second (or the session): per flavour (REST, HTTP, WebSocket).
    struct Volume
    {
        std::array<double, 3> requests {}; ///< records
        std::array<double, 3> metered {}; ///< requests as billed: REST 1 each; HTTP 512 KB increments; messages
        std::array<double, 3> lambdaRequests {};
        std::array<double, 3> lambdaGbSeconds {};
        std::array<double, 3> lambdaBilledMs {};
        std::array<double, 3> lambdaMemoryMb {}; ///< summed over invocations (their average is the what-if's)
        std::array<double, 3> bytesOut {};
        double httpUnitsOfRestAndHttp = 0; ///< REST and HTTP requests metered as an HTTP API meters them
        double connectionMinutes = 0;
        void add(const Volume &other);
    };
    struct Bucket
    {
        qint64 second = -1;
        Volume volume;
    };
    struct StageCache
    {
        QString apiId;
        QString stage;
        double gb = 0;
        double usdPerHour = 0;
    };
    struct Alarm
    {
        double threshold = 0;
        bool on = false;
    };

    QWidget *createLiveTab();
    QWidget *createComparisonTab();
    QWidget *createAlarmsTab();
    QWidget *createWhatIfTab();
    /// The last minute's volume (or the session's when younger), and the seconds it spans.
    Volume recentVolume(qint64 nowMs, double *seconds) const;
    void updateLive(const Volume &month);
    void updateComparison(const Volume &month);
    void updateFeatures();
    void checkAlarms(bool raise);
    void rebuildAlarmRows();
    void saveAlarms() const;
    void updateWhatIf();
    void updateWhatIfEnabled();
    void copyTable(const CostTableModel *model) const;
    QTableView *makeTable(CostTableModel *model, const QString &accessibleName);

    std::shared_ptr<const cost::Pricing> m_pricing;
    std::optional<cost::CostMeter> m_meter; ///< the session's figures, as the status bar's cost line counts them
    std::function<qint64()> m_now;
    std::array<Bucket, cost::CostMeter::windowSeconds> m_window;
    qint64 m_firstMs = -1;
    std::array<bool, 3> m_seen {}; ///< flavours seen this session
    bool m_lambdaSeen = false;
    QList<StageCache> m_caches; ///< the project's REST stages with a cache
    std::optional<model::Project> m_project;
    Live m_live;
    Volume m_lastRecent; ///< the last refresh's window, for useCurrentTraffic()
    double m_lastSeconds = 1;
    QList<Alarm> m_alarms;
    QTimer m_tick;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_pricingNote = nullptr;
    // Live
    QLabel *m_session = nullptr;
    QLabel *m_requests = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_projected = nullptr;
    CostTableModel *m_liveModel = nullptr;
    // REST versus HTTP
    QLabel *m_restUsd = nullptr;
    QLabel *m_httpUsd = nullptr;
    QGridLayout *m_comparisonGrid = nullptr;
    QList<QLabel *> m_comparisonCells;
    QLabel *m_difference = nullptr;
    QLabel *m_features = nullptr;
    // Billing alarms
    QWidget *m_alarmRows = nullptr;
    QGridLayout *m_alarmGrid = nullptr;
    QPushButton *m_addAlarm = nullptr;
    QLabel *m_alarmSummary = nullptr;
    // What if
    QComboBox *m_protocol = nullptr;
    QDoubleSpinBox *m_rps = nullptr;
    QDoubleSpinBox *m_payloadKb = nullptr;
    QComboBox *m_cacheGb = nullptr;
    QSpinBox *m_lambdaMb = nullptr;
    QDoubleSpinBox *m_lambdaMs = nullptr;
    QDoubleSpinBox *m_connections = nullptr;
    QCheckBox *m_freeTier = nullptr;
    QLabel *m_whatIfError = nullptr;
    CostTableModel *m_whatIfModel = nullptr;
    QTableView *m_whatIfTable = nullptr;
};

} // namespace gw::ui
