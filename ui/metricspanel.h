// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/api.h"
#include "observe/metricsstore.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;
class QStackedWidget;

namespace gw::ui {

/// One small chart of a metric over time: stacked bars (counts) or lines (latency percentiles), a y axis with
/// its unit, the time axis, and the bucket under the mouse (or, with the keyboard, Left / Right / Home / End)
/// shown as a tooltip with its time and values. Painted with QPainter from values set by MetricsPanel. GUI
/// thread only.
class MetricsChart final : public QWidget
{
    Q_OBJECT
public:
    enum class Style { Bars, Lines };
    struct Series
    {
        QString name; ///< as CloudWatch names it ("4XXError", "p99")
        QColor color;
        std::vector<double> values; ///< one per bucket; NaN: no data in that period (lines leave a gap)
        QString figure; ///< the range's figure, shown in the legend ("180 µs"); empty: none
    };

    explicit MetricsChart(QWidget *parent = nullptr);

    /// `unit` is "ms" for latencies, else what is counted ("requests"); `summary` is the range's figure ("42
    /// requests"), shown in the header unless the series carry figures of their own (then it is the
    /// accessible description only).
    void setData(const QString &title, const QString &unit, Style style, qint64 startMs, int periodSeconds,
                 std::vector<Series> series, const QString &summary);

    QString title() const { return m_title; }
    QString unit() const { return m_unit; }
    QString summary() const { return m_summary; }
    Style style() const { return m_style; }
    qint64 startMs() const { return m_startMs; }
    int periodSeconds() const { return m_periodSeconds; }
    int bucketCount() const;
    const std::vector<Series> &series() const { return m_series; }
    const Series *seriesNamed(const QString &name) const;
    /// The sum of a series' values (NaN buckets left out); 0 for an unknown name.
    double sum(const QString &name) const;
    /// The largest value of a series; NaN when it has no data.
    double max(const QString &name) const;
    /// The tooltip of bucket `index`: its time, each series' value with its unit, and the range's summary.
    QString bucketText(int index) const;
    /// The bucket under x (widget coordinates), or -1.
    int bucketAt(int x) const;
    int currentBucket() const { return m_current; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QRect plotRect() const;
    double axisMax() const;
    QString valueText(double value) const;
    void setCurrent(int index, bool showTip);

    QString m_title;
    QString m_unit;
    QString m_summary;
    Style m_style = Style::Bars;
    qint64 m_startMs = 0;
    int m_periodSeconds = 1;
    std::vector<Series> m_series;
    int m_current = -1; ///< the bucket hovered or chosen with the keyboard
};

/// The Metrics dock: CloudWatch's API Gateway metrics of the traffic the window's gateway served, read from a
/// MetricsStore, as small multiples over time. A dimension picker (API ▸ stage ▸ route or method, or all at
/// each level), a range (1 s over the last 5 or 15 minutes, 1 min over the last hour or day), and one chart
/// per metric of the API's protocol: Count, 4XXError and 5XXError (HTTP APIs: 4xx, 5xx), Latency and
/// IntegrationLatency (p50, p90, p99), CacheHitCount and CacheMissCount for REST stages with a cache;
/// ConnectCount, MessageCount, IntegrationError / ClientError / ExecutionError and IntegrationLatency for
/// WebSocket APIs.
///
/// Never busy: recordsAdded() only marks the view stale; a timer rebuilds it at most twice a second while the
/// dock is visible (and as the range slides), from the store's thread-safe queries. GUI thread only.
class MetricsPanel final : public QWidget
{
    Q_OBJECT
public:
    enum class Range { FiveMinutes, FifteenMinutes, Hour, Day };
    Q_ENUM(Range)

    /// Reads `store`, which the window feeds.
    explicit MetricsPanel(std::shared_ptr<const metrics::MetricsStore> store, QWidget *parent = nullptr);

    /// Where "now" comes from (epoch ms; the gateway's clock in the window); the system clock unless set.
    void setClock(std::function<qint64()> now);
    /// The APIs and stages to pick from (routes come from the traffic seen). Keeps the selection when it
    /// still exists.
    void setProject(const model::Project &project);
    void clearProject();

    /// Selects a dimension: `apiId` empty is all APIs, `stage` empty all its stages, `resource` empty all
    /// routes. False (selection unchanged) when the API or stage is not in the project; a route not seen yet
    /// is added.
    bool setSelection(const QString &apiId, const QString &stage = {}, const QString &resource = {},
                      const QString &method = {});
    metrics::MetricsKey selection() const;
    void setRange(Range range);
    Range range() const;

    /// The charts shown now, in order; chart(id) by metric: "Count", "Errors", "Latency",
    /// "IntegrationLatency", "Cache", "ConnectCount", "MessageCount", "WebSocketErrors". Null when not shown.
    QList<MetricsChart *> charts() const;
    MetricsChart *chart(const QString &id) const;
    /// The empty state's text when it is shown (nothing to chart), else null.
    QLabel *emptyLabel() const { return m_empty; }
    bool isEmptyStateShown() const;
    /// The line above the charts: the CloudWatch dimensions chosen, the period and the range.
    QString summaryText() const;
    QComboBox *apiCombo() const { return m_api; }
    QComboBox *stageCombo() const { return m_stage; }
    QComboBox *routeCombo() const { return m_route; }
    QComboBox *rangeCombo() const { return m_range; }

public Q_SLOTS:
    /// Records were added to the store: the view is rebuilt at the next tick (at most twice a second).
    void recordsAdded();
    /// Rebuilds the charts now.
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override; ///< a theme change recolours the series

private:
    struct ApiInfo
    {
        QString id;
        QString name;
        model::Protocol protocol = model::Protocol::Rest;
        QStringList stages;
        QStringList cachedStages; ///< REST stages with a cache
    };

    void onTick();
    void fillStages();
    void fillRoutes();
    QList<metrics::MetricsKey> selectedKeys() const;
    const ApiInfo *selectedApi() const;
    void layoutCharts();
    MetricsChart *chartFor(const QString &id);
    QString selectionText() const;
    QString rangeText() const;

    std::shared_ptr<const metrics::MetricsStore> m_store;
    std::function<qint64()> m_now;
    QList<ApiInfo> m_apis;
    bool m_hasProject = false;
    QString m_stagesApi; ///< the API the stage list was filled for

    QComboBox *m_api;
    QComboBox *m_stage;
    QComboBox *m_route;
    QComboBox *m_range;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QWidget *m_grid;
    QGridLayout *m_gridLayout;
    QList<MetricsChart *> m_charts; ///< shown, in order
    QHash<QString, MetricsChart *> m_chartById; ///< every chart made so far; owned by m_grid
    int m_columns = 0;
    int m_routeKeyCount = -1; ///< store keys when the route list was last filled

    QTimer m_tick; ///< runs while visible
    bool m_stale = true; ///< records arrived or the selection changed since the last refresh
    bool m_shownEmpty = true; ///< the last refresh found nothing to chart
    qint64 m_lastPeriod = -1; ///< the period "now" was in at the last refresh (the range slides with it)
};

} // namespace gw::ui
