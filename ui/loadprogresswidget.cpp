// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadprogresswidget.h"

#include "projectloader.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace gw::ui {

LoadProgressWidget::LoadProgressWidget(ProjectLoader *loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(160);
    m_bar->setAccessibleName(tr("Opening progress"));
    layout->addWidget(m_bar);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop opening the file; the open project stays as it is"));
    layout->addWidget(m_cancel);
    hide();

    connect(m_cancel, &QToolButton::clicked, m_loader, &ProjectLoader::cancelLoad);
    connect(m_loader, &ProjectLoader::loadStarted, this, [this](const QString &path) {
        m_label->setText(tr("Opening %1").arg(QFileInfo(path).fileName()));
        m_bar->setValue(0);
        show();
    });
    connect(m_loader, &ProjectLoader::loadProgress, m_bar, &QProgressBar::setValue);
    connect(m_loader, &ProjectLoader::loaded, this, &QWidget::hide);
    connect(m_loader, &ProjectLoader::loadCanceled, this, &QWidget::hide);
}

} // namespace gw::ui
