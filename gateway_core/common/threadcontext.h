// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace gw {

/// A QObject that lives in the calling thread (one per thread, created on first use, deleted when the thread
/// ends). Other threads post work back to this thread with QMetaObject::invokeMethod(threadContext(), ...), e.g.
/// an integration's result to the worker that owns the exchange.
QObject *threadContext();

} // namespace gw
