// SPDX-License-Identifier: GPL-3.0-or-later
#include "costlabel.h"

#include <QDateTime>

namespace gw::ui {

CostLabel::CostLabel(std::shared_ptr<const cost::Pricing> pricing, const QString &pricingError,
                     QWidget *parent)
    : QLabel(parent)
    , m_pricing(std::move(pricing))
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setAccessibleName(tr("Cost"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!m_pricing) {
        setText(tr("Cost: no prices (the pricing file has an error)"));
        setToolTip(pricingError);
        return;
    }
    m_meter.emplace(m_pricing);
    m_tick.setInterval(500);
    connect(&m_tick, &QTimer::timeout, this, &CostLabel::refresh);
    setToolTip(tr("What this session's requests would cost on AWS (%1, prices from %2), and a 30-day month "
                  "at the rate "
                  "of the last minute, with the monthly tiers and without the free tier. Includes API "
                  "requests, Lambda "
                  "requests and GB-seconds, and data sent out; not cache hours.")
                   .arg(m_pricing->region, m_pricing->origin));
    refresh();
}

void CostLabel::setClock(std::function<qint64()> now)
{
    m_now = std::move(now);
}

void CostLabel::addRecords(const std::vector<ExchangeRecordPtr> &batch)
{
    if (!m_meter)
        return;
    for (const ExchangeRecordPtr &r : batch)
        m_meter->add(*r);
    if (!m_tick.isActive())
        m_tick.start();
}

void CostLabel::refresh()
{
    if (!m_meter)
        return;
    const cost::CostMeter::Snapshot s = m_meter->snapshot(m_now());
    const QString flavour = s.flavour();
    const QString text = flavour.isEmpty()
        ? tr("Cost: %1 this session · %2/month at this rate")
              .arg(cost::formatUsd(s.sessionUsd), cost::formatUsd(s.monthlyUsd))
        : tr("Cost: %1 this session · %2/month at this rate · %3")
              .arg(cost::formatUsd(s.sessionUsd), cost::formatUsd(s.monthlyUsd), flavour);
    if (text != this->text())
        setText(text);
}

} // namespace gw::ui
