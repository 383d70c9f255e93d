// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadcontext.h"

#include <QThreadStorage>

namespace gw {

QObject *threadContext()
{
    static QThreadStorage<QObject *> storage;
    if (!storage.hasLocalData())
        storage.setLocalData(new QObject);
    return storage.localData();
}

} // namespace gw
