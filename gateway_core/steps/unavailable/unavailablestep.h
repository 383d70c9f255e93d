// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipeline/step.h"

#include <QString>

namespace gw {

/// An integration Gatehouse cannot run locally (yet): it answers as AWS does when an integration fails, and says
/// exactly why. The same reason is listed in the fidelity report when the API is deployed.
///
/// Answers with:
///   - integration.not_emulated   REST: 500 {"message": "Internal server error"}; HTTP: 500 Internal Server Error
class UnavailableIntegrationStep final : public Step
{
public:
    explicit UnavailableIntegrationStep(QString reason) : m_reason(std::move(reason)) {}
    QLatin1StringView name() const override { return QLatin1StringView("integration"); }
    Outcome onRequest(Exchange &ex) override;

private:
    QString m_reason;
};

} // namespace gw
