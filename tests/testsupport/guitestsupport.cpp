// SPDX-License-Identifier: GPL-3.0-or-later
// The widget tests' shared precompiled header is built from this translation unit.
#include <QtWidgets>
