// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cost/costmeter.h"
#include "observe/exchangerecord.h"

#include <QLabel>
#include <QTimer>

#include <functional>
#include <optional>
#include <vector>

namespace gw::ui {

/// The status bar's cost line: "Cost: $0.41 this session · $1,240/month at this rate · REST". Records are
/// counted as they arrive (O(1) each); the text is rebuilt at most twice a second, and keeps ticking while
/// there has been traffic so the projection falls when the traffic stops. GUI thread only.
class CostLabel final : public QLabel
{
    Q_OBJECT
public:
    /// `pricing` null: the label shows `pricingError` and counts nothing.
    CostLabel(std::shared_ptr<const cost::Pricing> pricing, const QString &pricingError,
              QWidget *parent = nullptr);

    /// Where "now" comes from (epoch ms); the system clock unless a test sets another.
    void setClock(std::function<qint64()> now);

    /// Rebuilds the text now rather than at the next tick.
    void refresh();

public Q_SLOTS:
    void addRecords(const std::vector<gw::ExchangeRecordPtr> &batch);

private:
    std::shared_ptr<const cost::Pricing> m_pricing;
    std::optional<cost::CostMeter> m_meter; ///< empty when the pricing did not load
    std::function<qint64()> m_now;
    QTimer m_tick;
};

} // namespace gw::ui
