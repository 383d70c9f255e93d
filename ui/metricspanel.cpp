// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricspanel.h"

#include "formatting.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace gw::ui {

namespace {

constexpr double kNoData = std::numeric_limits<double>::quiet_NaN();
constexpr int kTickMs = 500; // at most two rebuilds a second

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

/// Series colours that read on the palette's base colour. Status classes keep their meaning (4xx amber, 5xx
/// red); the rest are hues no status uses.
enum class Hue { Blue, Violet, Teal, Slate };
QColor hue(Hue h, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (h) {
    case Hue::Blue:
        return dark ? QColor(0x60, 0xa5, 0xfa) : QColor(0x25, 0x63, 0xeb);
    case Hue::Violet:
        return dark ? QColor(0xc0, 0x84, 0xfc) : QColor(0x7e, 0x22, 0xce);
    case Hue::Teal:
        return dark ? QColor(0x2d, 0xd4, 0xbf) : QColor(0x0f, 0x76, 0x6e);
    case Hue::Slate:
        return Formatting::dimColor(palette);
    }
    return palette.color(QPalette::Text);
}

/// The smallest of 1, 2, 2.5, 5 × 10^n at or above `v`.
double niceCeil(double v)
{
    if (!(v > 0))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(v)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= v * (1 - 1e-9))
            return step * magnitude;
    }
    return 10 * magnitude;
}

/// Latencies are kept in ms (CloudWatch's unit) and shown as the window shows durations: "180 µs", "2.4 ms".
QString milliseconds(double ms)
{
    return ms <= 0 ? QStringLiteral("0") : Formatting::duration(qint64(std::llround(ms * 1000)));
}

QString count(double value)
{
    return std::abs(value - std::round(value)) < 1e-9 ? QLocale().toString(qint64(std::llround(value)))
                                                      : QLocale().toString(value, 'f', 1);
}

QString timeText(qint64 ms, int periodSeconds)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    return t.toString(periodSeconds < 60 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// MetricsChart

MetricsChart::MetricsChart(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void MetricsChart::setData(const QString &title, const QString &unit, Style style, qint64 startMs,
                           int periodSeconds, std::vector<Series> series, const QString &summary)
{
    m_title = title;
    m_unit = unit;
    m_style = style;
    m_startMs = startMs;
    m_periodSeconds = std::max(1, periodSeconds);
    m_series = std::move(series);
    m_summary = summary;
    if (m_current >= bucketCount())
        m_current = -1;
    setAccessibleName(tr("%1 chart").arg(title));
    setAccessibleDescription(summary);
    if (m_current >= 0 && underMouse() && QToolTip::isVisible())
        QToolTip::showText(QCursor::pos() + QPoint(12, 12), bucketText(m_current), this);
    update();
}

int MetricsChart::bucketCount() const
{
    size_t n = 0;
    for (const Series &s : m_series)
        n = std::max(n, s.values.size());
    return int(n);
}

const MetricsChart::Series *MetricsChart::seriesNamed(const QString &name) const
{
    for (const Series &s : m_series) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

double MetricsChart::sum(const QString &name) const
{
    double total = 0;
    if (const Series *s = seriesNamed(name)) {
        for (double v : s->values) {
            if (!std::isnan(v))
                total += v;
        }
    }
    return total;
}

double MetricsChart::max(const QString &name) const
{
    double best = kNoData;
    if (const Series *s = seriesNamed(name)) {
        for (double v : s->values) {
            if (!std::isnan(v) && (std::isnan(best) || v > best))
                best = v;
        }
    }
    return best;
}

QString MetricsChart::valueText(double value) const
{
    if (m_unit == QLatin1String("ms"))
        return milliseconds(value);
    return count(value);
}

QString MetricsChart::bucketText(int index) const
{
    if (index < 0 || index >= bucketCount())
        return {};
    const qint64 start = m_startMs + qint64(index) * m_periodSeconds * 1000;
    QStringList lines;
    lines.append(m_periodSeconds < 60
                     ? tr("%1 (1 second)").arg(timeText(start, m_periodSeconds))
                     : tr("%1 to %2 (1 minute)")
                           .arg(timeText(start, m_periodSeconds), timeText(start + 60'000, m_periodSeconds)));
    for (const Series &s : m_series) {
        const double v = size_t(index) < s.values.size() ? s.values[size_t(index)] : kNoData;
        if (std::isnan(v))
            lines.append(tr("%1: no data").arg(s.name));
        else if (m_unit == QLatin1String("ms"))
            lines.append(tr("%1: %2").arg(s.name, milliseconds(v)));
        else
            lines.append(tr("%1: %2 %3").arg(s.name, count(v), m_unit));
    }
    if (!m_summary.isEmpty())
        lines.append(tr("Whole range: %1").arg(m_summary));
    return lines.join(QLatin1Char('\n'));
}

QSize MetricsChart::sizeHint() const
{
    return {360, 170};
}

QSize MetricsChart::minimumSizeHint() const
{
    return {220, 130};
}

QRect MetricsChart::plotRect() const
{
    const QFontMetrics fm(font());
    const int header = 2 * fm.height() + 14; // two header lines
    const int left = fm.horizontalAdvance(QStringLiteral("88.88 ms")) + 10;
    const int bottom = fm.height() + 6;
    return rect().adjusted(left, header, -10, -bottom);
}

int MetricsChart::bucketAt(int x) const
{
    const QRect plot = plotRect();
    const int n = bucketCount();
    if (n == 0 || plot.width() <= 0 || x < plot.left() || x > plot.right())
        return -1;
    return std::clamp(int(double(x - plot.left()) * n / plot.width()), 0, n - 1);
}

double MetricsChart::axisMax() const
{
    double top = 0;
    const int n = bucketCount();
    for (int i = 0; i < n; ++i) {
        double stacked = 0;
        for (const Series &s : m_series) {
            const double v = size_t(i) < s.values.size() ? s.values[size_t(i)] : kNoData;
            if (std::isnan(v))
                continue;
            if (m_style == Style::Bars)
                stacked += v;
            else
                top = std::max(top, v);
        }
        top = std::max(top, stacked);
    }
    if (m_unit != QLatin1String("ms"))
        return niceCeil(std::max(top, 2.0)); // whole counts on the middle line
    return niceCeil(std::max(top, 0.1));
}

void MetricsChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor dim = Formatting::dimColor(pal);
    const QColor grid = Formatting::blend(base, text, 0.12);
    const QFontMetrics fm(font());

    // The card.
    p.setPen(QPen(Formatting::blend(base, text, hasFocus() ? 0.5 : 0.18), 1));
    p.setBrush(base);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

    // Header, two lines so the plots of a row line up: the title and what is counted; the legend and the
    // range's figure (right-aligned, elided when narrow).
    const QRect plot = plotRect();
    const int line1 = 5 + fm.ascent();
    const int line2 = line1 + fm.height() + 2;
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int right = width() - 10;
    p.setFont(bold);
    p.setPen(text);
    const QString title = boldMetrics.elidedText(m_title, Qt::ElideRight, right - 10);
    p.drawText(10, line1, title);
    p.setFont(font());
    if (m_unit != QLatin1String("ms")) {
        const QString unitText
            = tr("%1 per %2").arg(m_unit, m_periodSeconds < 60 ? tr("second") : tr("minute"));
        const int x = 10 + boldMetrics.horizontalAdvance(title) + 8;
        p.setPen(dim);
        p.drawText(x, line1, fm.elidedText(unitText, Qt::ElideRight, std::max(0, right - x)));
    }
    int x = 10;
    bool figures = false;
    if (m_series.size() > 1) {
        // Each series' figure after its name when all fit; else names only (the tooltip gives them).
        int wanted = 10;
        for (const Series &s : m_series)
            wanted += 14 + fm.horizontalAdvance(s.name)
                + (s.figure.isEmpty() ? 0 : 4 + fm.horizontalAdvance(s.figure)) + 12;
        const bool withFigures = wanted - 12 <= right;
        for (const Series &s : m_series) {
            figures = figures || !s.figure.isEmpty();
            const int nameWidth = fm.horizontalAdvance(s.name);
            const int w = 14 + nameWidth
                + (s.figure.isEmpty() || !withFigures ? 0 : 4 + fm.horizontalAdvance(s.figure)) + 12;
            if (x + w - 12 > right)
                break;
            const int mid = line2 - fm.ascent() / 2 + 1;
            if (m_style == Style::Bars)
                p.fillRect(QRect(x, mid - 4, 9, 9), s.color);
            else
                p.fillRect(QRect(x, mid - 1, 10, 3), s.color);
            p.setPen(text);
            p.drawText(x + 14, line2, s.name);
            if (!s.figure.isEmpty() && withFigures) {
                p.setPen(dim);
                p.drawText(x + 14 + nameWidth + 4, line2, s.figure);
            }
            x += w;
        }
    }
    if (!figures) {
        p.setPen(dim);
        const QString summary = fm.elidedText(m_summary, Qt::ElideLeft, std::max(0, right - x - 8));
        p.drawText(QRect(x, line2 - fm.ascent(), right - x, fm.height()), Qt::AlignRight | Qt::AlignTop,
                   summary);
    }

    if (plot.width() <= 4 || plot.height() <= 4)
        return;

    // The y axis: 0, the middle and the top, with the unit.
    const double top = axisMax();
    auto yOf = [&](double v) {
        return plot.bottom() - v / top * plot.height();
    };
    p.setFont(font());
    for (int i = 0; i <= 2; ++i) {
        const double v = top * i / 2;
        const double y = yOf(v);
        p.setPen(QPen(grid, 1, i == 0 ? Qt::SolidLine : Qt::DashLine));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(dim);
        const QString label = valueText(v);
        p.drawText(QRectF(0, y - fm.height() / 2.0, plot.left() - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, label);
    }

    // The time axis: start, middle, end ("now").
    const int n = bucketCount();
    if (n > 0) {
        const qint64 periodMs = qint64(m_periodSeconds) * 1000;
        const qint64 endMs = m_startMs + qint64(n) * periodMs;
        p.setPen(dim);
        const int labelY = plot.bottom() + 3;
        const QRect labels(plot.left(), labelY, plot.width(), fm.height());
        p.drawText(labels, Qt::AlignLeft | Qt::AlignTop, timeText(m_startMs, m_periodSeconds));
        p.drawText(labels, Qt::AlignHCenter | Qt::AlignTop,
                   timeText((m_startMs + endMs) / 2, m_periodSeconds));
        p.drawText(labels, Qt::AlignRight | Qt::AlignTop, tr("now"));
    }

    const double w = double(plot.width()) / std::max(1, n);
    auto xOf = [&](int i) {
        return plot.left() + i * w;
    };

    // The bucket under the mouse or chosen with the keyboard.
    if (m_current >= 0 && m_current < n) {
        QColor band = pal.color(QPalette::Highlight);
        band.setAlphaF(0.18);
        p.fillRect(QRectF(xOf(m_current), plot.top(), std::max(w, 2.0), plot.height()), band);
    }

    if (m_style == Style::Bars) {
        p.setPen(Qt::NoPen);
        const double gap = w >= 4 ? 1 : 0;
        for (int i = 0; i < n; ++i) {
            double stacked = 0;
            for (const Series &s : m_series) {
                const double v = size_t(i) < s.values.size() ? s.values[size_t(i)] : kNoData;
                if (std::isnan(v) || v <= 0)
                    continue;
                const double y0 = yOf(stacked);
                const double y1 = yOf(stacked + v);
                stacked += v;
                p.setBrush(s.color);
                p.drawRect(QRectF(xOf(i) + gap / 2, y1, std::max(1.0, w - gap), std::max(1.0, y0 - y1)));
            }
        }
    } else {
        for (size_t si = 0; si < m_series.size(); ++si) {
            const Series &s = m_series[si];
            QPen pen(s.color, si == 0 ? 2.0 : 1.5);
            pen.setCapStyle(Qt::RoundCap);
            pen.setJoinStyle(Qt::RoundJoin);
            QPainterPath path;
            bool open = false;
            for (int i = 0; i < n; ++i) {
                const double v = size_t(i) < s.values.size() ? s.values[size_t(i)] : kNoData;
                if (std::isnan(v)) {
                    open = false;
                    continue;
                }
                const QPointF pt(xOf(i) + w / 2, yOf(v));
                const bool prevData
                    = i > 0 && size_t(i - 1) < s.values.size() && !std::isnan(s.values[size_t(i - 1)]);
                const bool nextData
                    = i + 1 < n && size_t(i + 1) < s.values.size() && !std::isnan(s.values[size_t(i + 1)]);
                if (!prevData && !nextData) {
                    // A period with data between empty ones: a dot, so one request still shows.
                    p.setPen(Qt::NoPen);
                    p.setBrush(s.color);
                    p.drawEllipse(pt, 2.5, 2.5);
                }
                if (open)
                    path.lineTo(pt);
                else
                    path.moveTo(pt);
                open = true;
            }
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
        }
    }
}

void MetricsChart::setCurrent(int index, bool showTip)
{
    if (index != m_current) {
        m_current = index;
        update();
    }
    if (!showTip)
        return;
    if (index < 0) {
        QToolTip::hideText();
        return;
    }
    const QRect plot = plotRect();
    const int n = std::max(1, bucketCount());
    const int x = plot.left() + int((index + 0.5) * plot.width() / n);
    QToolTip::showText(mapToGlobal(QPoint(x, plot.top())), bucketText(index), this);
}

void MetricsChart::mouseMoveEvent(QMouseEvent *event)
{
    const int index = bucketAt(int(event->position().x()));
    if (index < 0) {
        setCurrent(-1, true);
        return;
    }
    if (index != m_current || !QToolTip::isVisible()) {
        m_current = index;
        update();
        QToolTip::showText(event->globalPosition().toPoint() + QPoint(12, 12), bucketText(index), this);
    }
}

void MetricsChart::leaveEvent(QEvent *)
{
    setCurrent(-1, true);
}

void MetricsChart::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    setCurrent(-1, false);
}

void MetricsChart::keyPressEvent(QKeyEvent *event)
{
    const int n = bucketCount();
    if (n == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int current = m_current < 0 ? n - 1 : m_current;
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrent(m_current < 0 ? n - 1 : std::max(0, current - 1), true);
        break;
    case Qt::Key_Right:
        setCurrent(std::min(n - 1, current + 1), true);
        break;
    case Qt::Key_Home:
        setCurrent(0, true);
        break;
    case Qt::Key_End:
        setCurrent(n - 1, true);
        break;
    case Qt::Key_Escape:
        setCurrent(-1, true);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

// ---------------------------------------------------------------------------------------------------------------
// MetricsPanel

MetricsPanel::MetricsPanel(std::shared_ptr<const metrics::MetricsStore> store, QWidget *parent)
    : QWidget(parent)
    , m_store(std::move(store))
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    auto addPicker = [this, bar](const QString &label, const QString &accessible) {
        auto *l = new QLabel(label, this);
        auto *combo = new QComboBox(this);
        combo->setAccessibleName(accessible);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        l->setBuddy(combo);
        bar->addWidget(l);
        bar->addWidget(combo);
        return combo;
    };
    m_api = addPicker(tr("API"), tr("Metrics API"));
    m_stage = addPicker(tr("Stage"), tr("Metrics stage"));
    m_route = addPicker(tr("Route"), tr("Metrics route or method"));
    m_api->setToolTip(tr("The API (CloudWatch dimension ApiId), or all APIs summed"));
    m_stage->setToolTip(tr("The stage (dimension Stage), or all of the API's stages"));
    m_route->setToolTip(
        tr("The resource and method or route (dimensions Resource and Method) that saw traffic, or "
           "all of the stage's"));
    bar->addStretch(1);
    m_range = addPicker(tr("Range"), tr("Metrics range"));
    m_range->addItem(tr("Last 5 minutes · 1 s"), int(Range::FiveMinutes));
    m_range->addItem(tr("Last 15 minutes · 1 s"), int(Range::FifteenMinutes));
    m_range->addItem(tr("Last hour · 1 min"), int(Range::Hour));
    m_range->addItem(tr("Last day · 1 min"), int(Range::Day));
    m_range->setToolTip(tr("1-second periods are kept for the last hour, 1-minute periods for the last day"));
    layout->addLayout(bar);

    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("metricsEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_empty);
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_grid = new QWidget(scroll);
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    m_gridLayout->setSpacing(8);
    scroll->setWidget(m_grid);
    m_stack->addWidget(scroll);
    layout->addWidget(m_stack, 1);

    connect(m_api, &QComboBox::currentIndexChanged, this, [this] {
        fillStages();
        m_stale = true;
        refresh();
    });
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        m_routeKeyCount = -1;
        fillRoutes();
        m_stale = true;
        refresh();
    });
    connect(m_route, &QComboBox::currentIndexChanged, this, [this] {
        m_stale = true;
        refresh();
    });
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        m_stale = true;
        refresh();
    });
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &MetricsPanel::onTick);
    QEvent paletteChange(QEvent::PaletteChange);
    changeEvent(&paletteChange);
    clearProject();
}

void MetricsPanel::setClock(std::function<qint64()> now)
{
    m_now = std::move(now);
    m_stale = true;
}

void MetricsPanel::setProject(const model::Project &project)
{
    QList<ApiInfo> apis;
    for (const model::Api &api : project.apis) {
        ApiInfo info;
        info.id = api.id;
        info.protocol = api.protocol;
        for (const model::Stage &stage : api.stages) {
            info.stages.append(stage.name);
            if (api.protocol == model::Protocol::Rest && stage.cache)
                info.cachedStages.append(stage.name);
        }
        apis.append(info);
    }
    const bool sameApis = m_hasProject && [&] {
        if (apis.size() != m_apis.size())
            return false;
        for (qsizetype i = 0; i < apis.size(); ++i) {
            if (apis[i].id != m_apis[i].id || apis[i].protocol != m_apis[i].protocol
                || apis[i].stages != m_apis[i].stages)
                return false;
        }
        return true;
    }();
    m_apis = apis;
    m_hasProject = true;
    m_stale = true;
    if (sameApis) { // an edit that kept the APIs and stages (a cache switched on, say): keep the pickers
        refresh();
        return;
    }
    const QString previous = m_api->currentData().toString();
    {
        const QSignalBlocker block(m_api);
        m_api->clear();
        m_api->addItem(tr("All APIs"), QString());
        for (const ApiInfo &api : std::as_const(m_apis))
            m_api->addItem(tr("%1 · %2").arg(api.id, Formatting::protocolLabel(api.protocol)), api.id);
        m_api->setEnabled(true);
        const int keep = previous.isEmpty() ? -1 : m_api->findData(previous);
        // A new project starts on its first API (the one most people look at), not on the sum of all.
        m_api->setCurrentIndex(keep >= 0 ? keep : (m_apis.isEmpty() ? 0 : 1));
    }
    fillStages();
    refresh();
}

void MetricsPanel::clearProject()
{
    m_apis.clear();
    m_hasProject = false;
    for (QComboBox *combo : {m_api, m_stage, m_route}) {
        const QSignalBlocker block(combo);
        combo->clear();
        combo->setEnabled(false);
    }
    m_stale = true;
    refresh();
}

const MetricsPanel::ApiInfo *MetricsPanel::selectedApi() const
{
    const QString id = m_api->currentData().toString();
    for (const ApiInfo &api : m_apis) {
        if (api.id == id)
            return &api;
    }
    return nullptr;
}

void MetricsPanel::fillStages()
{
    // Another API's stage of the same name is another stage: start from all stages then.
    const QString apiId = m_api->currentData().toString();
    const QString previous = apiId == m_stagesApi ? m_stage->currentData().toString() : QString();
    m_stagesApi = apiId;
    {
        const QSignalBlocker block(m_stage);
        m_stage->clear();
        m_stage->addItem(tr("All stages"), QString());
        if (const ApiInfo *api = selectedApi()) {
            for (const QString &stage : api->stages)
                m_stage->addItem(stage, stage);
        }
        m_stage->setEnabled(selectedApi() != nullptr);
        const int keep = m_stage->findData(previous);
        m_stage->setCurrentIndex(std::max(0, keep));
    }
    m_routeKeyCount = -1;
    fillRoutes();
}

void MetricsPanel::fillRoutes()
{
    const ApiInfo *api = selectedApi();
    const QString stage = m_stage->currentData().toString();
    const QList<metrics::MetricsKey> keys = m_store->keys();
    if (m_routeKeyCount == int(keys.size()))
        return;
    m_routeKeyCount = int(keys.size());
    const QStringList previous = m_route->currentData().toStringList();
    const QSignalBlocker block(m_route);
    m_route->clear();
    m_route->addItem(tr("All routes"), QStringList());
    if (api && !stage.isEmpty()) {
        for (const metrics::MetricsKey &k : keys) {
            if (k.apiId != api->id || k.stage != stage || k.resource.isEmpty())
                continue;
            // HTTP API route keys already carry their method ("GET /pets"); REST resources do not.
            const QString text = k.method.isEmpty() || k.resource.startsWith(k.method + QLatin1Char(' '))
                    || k.resource.startsWith(QLatin1Char('$'))
                ? k.resource
                : k.method + QLatin1Char(' ') + k.resource;
            m_route->addItem(text, QStringList {k.resource, k.method});
        }
    }
    m_route->setEnabled(api && !stage.isEmpty());
    const int keep = previous.isEmpty() ? -1 : m_route->findData(previous);
    m_route->setCurrentIndex(std::max(0, keep));
}

bool MetricsPanel::setSelection(const QString &apiId, const QString &stage, const QString &resource,
                                const QString &method)
{
    const int apiIndex = m_api->findData(apiId);
    if (!m_hasProject || apiIndex < 0)
        return false;
    if (!apiId.isEmpty() && !stage.isEmpty()) {
        bool found = false;
        for (const ApiInfo &api : std::as_const(m_apis))
            found = found || (api.id == apiId && api.stages.contains(stage));
        if (!found)
            return false;
    }
    m_api->setCurrentIndex(apiIndex);
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(stage)));
    if (!resource.isEmpty() && !stage.isEmpty()) {
        m_routeKeyCount = -1;
        fillRoutes();
        const QStringList data {resource, method};
        int index = m_route->findData(data);
        if (index < 0) {
            const QSignalBlocker block(m_route);
            m_route->addItem(method.isEmpty() ? resource : method + QLatin1Char(' ') + resource, data);
            index = m_route->count() - 1;
        }
        m_route->setCurrentIndex(index);
    } else {
        m_route->setCurrentIndex(0);
    }
    m_stale = true;
    refresh();
    return true;
}

metrics::MetricsKey MetricsPanel::selection() const
{
    const QStringList route = m_route->currentData().toStringList();
    return {m_api->currentData().toString(), m_stage->currentData().toString(), route.value(0),
            route.value(1)};
}

void MetricsPanel::setRange(Range range)
{
    m_range->setCurrentIndex(std::max(0, m_range->findData(int(range))));
}

MetricsPanel::Range MetricsPanel::range() const
{
    return Range(m_range->currentData().toInt());
}

QList<metrics::MetricsKey> MetricsPanel::selectedKeys() const
{
    const metrics::MetricsKey key = selection();
    if (!key.apiId.isEmpty())
        return {key};
    QList<metrics::MetricsKey> all;
    for (const ApiInfo &api : m_apis)
        all.append(metrics::MetricsKey {api.id, {}, {}, {}});
    return all;
}

QList<MetricsChart *> MetricsPanel::charts() const
{
    return m_stack->currentIndex() == 1 ? m_charts : QList<MetricsChart *>();
}

MetricsChart *MetricsPanel::chart(const QString &id) const
{
    for (MetricsChart *c : charts()) {
        if (c->objectName() == id)
            return c;
    }
    return nullptr;
}

bool MetricsPanel::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_empty;
}

QString MetricsPanel::summaryText() const
{
    return m_summary->text();
}

QString MetricsPanel::selectionText() const
{
    const metrics::MetricsKey k = selection();
    if (k.apiId.isEmpty())
        return tr("any API");
    QString text = k.apiId;
    if (!k.stage.isEmpty())
        text += QStringLiteral(" ▸ ") + k.stage;
    if (!k.resource.isEmpty())
        text += QStringLiteral(" ▸ ") + m_route->currentText();
    return text;
}

QString MetricsPanel::rangeText() const
{
    switch (range()) {
    case Range::FiveMinutes:
        return tr("the last 5 minutes");
    case Range::FifteenMinutes:
        return tr("the last 15 minutes");
    case Range::Hour:
        return tr("the last hour");
    case Range::Day:
        return tr("the last day");
    }
    return {};
}

void MetricsPanel::recordsAdded()
{
    m_stale = true;
}

void MetricsPanel::onTick()
{
    const bool seconds = range() == Range::FiveMinutes || range() == Range::FifteenMinutes;
    const qint64 period = m_now() / (seconds ? 1000 : 60'000);
    // The range slides with time: charts with data move on every period; an empty state only changes with
    // records.
    if (m_stale || (period != m_lastPeriod && !m_shownEmpty))
        refresh();
}

MetricsChart *MetricsPanel::chartFor(const QString &id)
{
    MetricsChart *&c = m_chartById[id];
    if (!c) {
        c = new MetricsChart(m_grid);
        c->setObjectName(id);
    }
    return c;
}

void MetricsPanel::layoutCharts()
{
    const int available = std::max(1, width() - 24); // the panel's margins and a scroll bar
    const int columns = std::clamp(available / 340, 1, std::max(1, int(m_charts.size())));
    const bool same = columns == m_columns && m_gridLayout->count() == m_charts.size() && [&] {
        for (int i = 0; i < m_charts.size(); ++i) {
            if (m_gridLayout->itemAt(i)->widget() != m_charts[i])
                return false;
        }
        return true;
    }();
    if (same)
        return;
    while (QLayoutItem *item = m_gridLayout->takeAt(0))
        delete item;
    for (int c = 0; c < m_gridLayout->columnCount(); ++c)
        m_gridLayout->setColumnStretch(c, 0);
    for (MetricsChart *c : std::as_const(m_chartById))
        c->setVisible(m_charts.contains(c));
    for (int i = 0; i < m_charts.size(); ++i)
        m_gridLayout->addWidget(m_charts[i], i / columns, i % columns);
    for (int c = 0; c < columns; ++c)
        m_gridLayout->setColumnStretch(c, 1);
    // Tab goes through the charts in reading order.
    for (int i = 1; i < m_charts.size(); ++i)
        setTabOrder(m_charts[i - 1], m_charts[i]);
    m_columns = columns;
}

void MetricsPanel::refresh()
{
    const bool seconds = range() == Range::FiveMinutes || range() == Range::FifteenMinutes;
    const auto resolution
        = seconds ? metrics::MetricsStore::Resolution::Second : metrics::MetricsStore::Resolution::Minute;
    const qint64 periodMs = seconds ? 1000 : 60'000;
    const qint64 periods = range() == Range::FiveMinutes ? 300
        : range() == Range::FifteenMinutes               ? 900
        : range() == Range::Hour                         ? 60
                                                         : 1440;
    const qint64 now = m_now();
    m_lastPeriod = now / periodMs;
    m_stale = false;
    if (m_hasProject)
        fillRoutes();

    auto showEmpty = [this](const QString &text) {
        m_empty->setText(text);
        m_stack->setCurrentWidget(m_empty);
        m_shownEmpty = true;
    };
    if (!m_hasProject) {
        m_summary->clear();
        showEmpty(
            tr("No project is open. Open one with File ▸ Open and send it requests: their Count, errors and "
               "latency are charted here, per API, stage and route, as CloudWatch names them."));
        return;
    }

    // Which protocols the selection covers decides the charts.
    bool requests = false; // REST or HTTP
    bool rest = false;
    bool webSocket = false;
    bool cache = false;
    const metrics::MetricsKey key = selection();
    for (const ApiInfo &api : std::as_const(m_apis)) {
        if (!key.apiId.isEmpty() && api.id != key.apiId)
            continue;
        requests = requests || api.protocol != model::Protocol::WebSocket;
        rest = rest || api.protocol == model::Protocol::Rest;
        webSocket = webSocket || api.protocol == model::Protocol::WebSocket;
        cache = cache
            || (key.stage.isEmpty() ? !api.cachedStages.isEmpty() : api.cachedStages.contains(key.stage));
    }

    QStringList dimensions;
    if (!key.apiId.isEmpty()) {
        dimensions.append(QStringLiteral("ApiId=%1").arg(key.apiId));
        if (!key.stage.isEmpty())
            dimensions.append(QStringLiteral("Stage=%1").arg(key.stage));
        if (!key.resource.isEmpty()) {
            dimensions.append(QStringLiteral("Resource=%1").arg(key.resource));
            if (!key.method.isEmpty())
                dimensions.append(QStringLiteral("Method=%1").arg(key.method));
        }
    }
    const QString periodText = seconds ? tr("1-second periods") : tr("1-minute periods");
    m_summary->setText(dimensions.isEmpty()
                           ? tr("All APIs, summed · %1 over %2").arg(periodText, rangeText())
                           : tr("Dimensions %1 · %2 over %3")
                                 .arg(dimensions.join(QStringLiteral(", ")), periodText, rangeText()));

    const qint64 to = (now / periodMs + 1) * periodMs; // the current, partial period is the last bucket
    const qint64 from = to - periods * periodMs;
    const QList<metrics::MetricsKey> keys = selectedKeys();
    const std::vector<metrics::MetricsPoint> points = m_store->points(keys, resolution, from, to);
    const bool any = std::any_of(points.begin(), points.end(), [](const auto &p) { return !p.isEmpty(); });
    if (points.empty() || !any) {
        showEmpty(webSocket && !requests
                      ? tr("No connections or messages to %1 in %2. Connect to the invoke URL and send a "
                           "message: it "
                           "is charted here within a second; older traffic shows with a longer range.")
                            .arg(selectionText(), rangeText())
                      : tr("No requests to %1 in %2. Send one to the invoke URL: it is charted here within a "
                           "second; "
                           "older traffic shows with a longer range.")
                            .arg(selectionText(), rangeText()));
        return;
    }
    const metrics::MetricsPoint total = m_store->total(keys, resolution, from, to);
    const qint64 startMs = points.front().startMs;
    const int periodSeconds = points.front().periodSeconds;
    const QPalette &pal = palette();

    auto counter = [&](quint64 metrics::MetricsPoint::*field) {
        std::vector<double> v;
        v.reserve(points.size());
        for (const metrics::MetricsPoint &p : points)
            v.push_back(double(p.*field));
        return v;
    };
    auto percentile
        = [&](metrics::LatencyStats metrics::MetricsPoint::*stats, double metrics::LatencyStats::*field) {
              std::vector<double> v;
              v.reserve(points.size());
              for (const metrics::MetricsPoint &p : points)
                  v.push_back((p.*stats).count ? (p.*stats).*field : kNoData);
              return v;
          };
    auto latencySeries = [&](metrics::LatencyStats metrics::MetricsPoint::*stats) {
        const metrics::LatencyStats &all = total.*stats;
        auto figure = [&](double ms) {
            return all.count ? milliseconds(ms) : tr("none");
        };
        return std::vector<MetricsChart::Series> {
            {QStringLiteral("p50"), hue(Hue::Blue, pal), percentile(stats, &metrics::LatencyStats::p50),
             figure(all.p50)},
            {QStringLiteral("p90"), hue(Hue::Violet, pal), percentile(stats, &metrics::LatencyStats::p90),
             figure(all.p90)},
            {QStringLiteral("p99"), hue(Hue::Teal, pal), percentile(stats, &metrics::LatencyStats::p99),
             figure(all.p99)},
        };
    };
    auto latencySummary = [&](const metrics::LatencyStats &s) {
        return s.count ? tr("p50 %1 · p90 %2 · p99 %3")
                             .arg(milliseconds(s.p50), milliseconds(s.p90), milliseconds(s.p99))
                       : tr("no samples");
    };
    const QString requestsUnit = tr("requests");

    QList<MetricsChart *> shown;
    if (requests) {
        MetricsChart *c = chartFor(QStringLiteral("Count"));
        c->setData(
            QStringLiteral("Count"), requestsUnit, MetricsChart::Style::Bars, startMs, periodSeconds,
            {{QStringLiteral("Count"), hue(Hue::Blue, pal), counter(&metrics::MetricsPoint::count), {}}},
            total.count == 1 ? tr("1 request") : tr("%1 requests").arg(count(double(total.count))));
        shown.append(c);

        // CloudWatch's names: REST 4XXError / 5XXError, HTTP APIs 4xx / 5xx.
        const QString e4 = rest ? QStringLiteral("4XXError") : QStringLiteral("4xx");
        const QString e5 = rest ? QStringLiteral("5XXError") : QStringLiteral("5xx");
        c = chartFor(QStringLiteral("Errors"));
        c->setData(
            tr("%1 and %2").arg(e4, e5), requestsUnit, MetricsChart::Style::Bars, startMs, periodSeconds,
            {{e4, Formatting::statusColor(400, pal), counter(&metrics::MetricsPoint::error4xx),
              count(double(total.error4xx))},
             {e5, Formatting::statusColor(500, pal), counter(&metrics::MetricsPoint::error5xx),
              count(double(total.error5xx))}},
            tr("%1 %2 · %3 %4").arg(count(double(total.error4xx)), e4, count(double(total.error5xx)), e5));
        shown.append(c);

        c = chartFor(QStringLiteral("Latency"));
        c->setData(QStringLiteral("Latency"), QStringLiteral("ms"), MetricsChart::Style::Lines, startMs,
                   periodSeconds, latencySeries(&metrics::MetricsPoint::latency),
                   latencySummary(total.latency));
        shown.append(c);
    }
    if (webSocket) {
        MetricsChart *c = chartFor(QStringLiteral("ConnectCount"));
        c->setData(QStringLiteral("ConnectCount"), tr("connects"), MetricsChart::Style::Bars, startMs,
                   periodSeconds,
                   {{QStringLiteral("ConnectCount"),
                     hue(Hue::Blue, pal),
                     counter(&metrics::MetricsPoint::connectCount),
                     {}}},
                   total.connectCount == 1 ? tr("1 connect")
                                           : tr("%1 connects").arg(count(double(total.connectCount))));
        shown.append(c);
        c = chartFor(QStringLiteral("MessageCount"));
        c->setData(QStringLiteral("MessageCount"), tr("messages"), MetricsChart::Style::Bars, startMs,
                   periodSeconds,
                   {{QStringLiteral("MessageCount"),
                     hue(Hue::Violet, pal),
                     counter(&metrics::MetricsPoint::messageCount),
                     {}}},
                   total.messageCount == 1 ? tr("1 message")
                                           : tr("%1 messages").arg(count(double(total.messageCount))));
        shown.append(c);
        c = chartFor(QStringLiteral("WebSocketErrors"));
        c->setData(
            tr("Errors"), tr("errors"), MetricsChart::Style::Bars, startMs, periodSeconds,
            {{QStringLiteral("ClientError"), Formatting::statusColor(400, pal),
              counter(&metrics::MetricsPoint::clientError), count(double(total.clientError))},
             {QStringLiteral("IntegrationError"), hue(Hue::Violet, pal),
              counter(&metrics::MetricsPoint::integrationError), count(double(total.integrationError))},
             {QStringLiteral("ExecutionError"), Formatting::statusColor(500, pal),
              counter(&metrics::MetricsPoint::executionError), count(double(total.executionError))}},
            tr("%1 client · %2 integration · %3 execution")
                .arg(count(double(total.clientError)), count(double(total.integrationError)),
                     count(double(total.executionError))));
        shown.append(c);
    }
    MetricsChart *integration = chartFor(QStringLiteral("IntegrationLatency"));
    integration->setData(QStringLiteral("IntegrationLatency"), QStringLiteral("ms"),
                         MetricsChart::Style::Lines, startMs, periodSeconds,
                         latencySeries(&metrics::MetricsPoint::integrationLatency),
                         latencySummary(total.integrationLatency));
    shown.append(integration);
    if (rest && cache) {
        MetricsChart *c = chartFor(QStringLiteral("Cache"));
        c->setData(
            tr("Cache"), requestsUnit, MetricsChart::Style::Bars, startMs, periodSeconds,
            {{QStringLiteral("CacheHitCount"), hue(Hue::Teal, pal), counter(&metrics::MetricsPoint::cacheHit),
              count(double(total.cacheHit))},
             {QStringLiteral("CacheMissCount"), hue(Hue::Slate, pal),
              counter(&metrics::MetricsPoint::cacheMiss), count(double(total.cacheMiss))}},
            tr("%1 hits · %2 misses").arg(count(double(total.cacheHit)), count(double(total.cacheMiss))));
        shown.append(c);
    }
    m_charts = shown;
    m_shownEmpty = false;
    m_stack->setCurrentIndex(1);
    layoutCharts();
}

void MetricsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_tick.start();
    refresh();
}

void MetricsPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_tick.stop();
}

void MetricsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange && event->type() != QEvent::StyleChange)
        return;
    QPalette dimPalette = m_summary->palette();
    dimPalette.setColor(QPalette::WindowText, Formatting::dimColor(palette()));
    m_summary->setPalette(dimPalette);
    m_stale = true;
}

void MetricsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_charts.isEmpty())
        layoutCharts();
}

} // namespace gw::ui
