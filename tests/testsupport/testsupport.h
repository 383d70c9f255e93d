// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace gw::test {

/// The conformance folder (../shared/conformance), or an empty string when it is absent. Tests that need it call
/// QSKIP with conformanceMissingMessage().
QString conformanceDir();
QString conformanceMissingMessage();
/// The project's source folder, for examples and resources.
QString sourceDir();
/// The built gatehouse executable.
QString gatehouseBinary();

} // namespace gw::test
