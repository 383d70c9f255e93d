// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorerpanel.h"

#include "formatting.h"
#include "projectdocument.h"
#include "projectedits.h"

#include "auth/localidentity.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace gw::ui {

namespace {

QStandardItem *makeItem(const QString &text, const QString &icon, ExplorerPanel::Kind kind,
                        const QString &apiId, const QString &stage = {}, const QString &key = {})
{
    auto *item = new QStandardItem(text);
    item->setData(key, ExplorerPanel::KeyRole);
    if (!icon.isEmpty())
        item->setIcon(QIcon(QStringLiteral(":/gatehouse/icons/%1.svg").arg(icon)));
    item->setEditable(false);
    item->setData(int(kind), ExplorerPanel::KindRole);
    item->setData(apiId, ExplorerPanel::ApiIdRole);
    if (!stage.isEmpty())
        item->setData(stage, ExplorerPanel::StageRole);
    return item;
}

QString integrationSummary(const model::Operation &op)
{
    if (!op.integration)
        return ExplorerPanel::tr("no integration");
    QString s = model::integrationTypeName(op.integration->type).toUpper();
    if (!op.integration->uri.isEmpty())
        s += QLatin1Char(' ') + op.integration->uri;
    return s;
}

/// Adds the REST resource tree of `definition` under `parent`: one node per path segment, methods first.
void addResources(QStandardItem *parent, const model::ApiDefinition &definition, const QString &apiId)
{
    QHash<QString, QStandardItem *> nodes; // full resource path -> item
    auto node = [&](const QString &path, auto &&self) -> QStandardItem * {
        if (QStandardItem *found = nodes.value(path))
            return found;
        QStandardItem *item;
        const QString key = QStringLiteral("resource:%1:%2").arg(apiId, path);
        if (path == QLatin1String("/")) {
            item = makeItem(QStringLiteral("/"), QStringLiteral("resource"), ExplorerPanel::ResourceItem,
                            apiId, {}, key);
            parent->appendRow(item);
        } else {
            const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
            const QString parentPath = slash <= 0 ? QStringLiteral("/") : path.left(slash);
            QStandardItem *up = self(parentPath, self);
            item = makeItem(path.mid(slash), QStringLiteral("resource"), ExplorerPanel::ResourceItem, apiId,
                            {}, key);
            up->appendRow(item);
        }
        item->setData(path, ExplorerPanel::ResourcePathRole);
        item->setToolTip(path);
        nodes.insert(path, item);
        return item;
    };
    node(QStringLiteral("/"), node);
    for (const model::PathItem &p : definition.paths) {
        QString path = p.path;
        while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
            path.chop(1);
        if (!path.startsWith(QLatin1Char('/')))
            path.prepend(QLatin1Char('/'));
        QStandardItem *resource = node(path, node);
        int insertAt = 0; // methods go before child resources
        while (insertAt < resource->rowCount()
               && resource->child(insertAt)->data(ExplorerPanel::KindRole).toInt() == ExplorerPanel::MethodItem)
            ++insertAt;
        resource->setData(p.path, ExplorerPanel::ResourcePathRole); // as the definition spells it
        for (const model::Operation &op : p.operations) {
            QStandardItem *m = makeItem(op.method, QStringLiteral("method"), ExplorerPanel::MethodItem, apiId,
                                        {}, QStringLiteral("method:%1:%2:%3").arg(apiId, path, op.method));
            m->setData(p.path, ExplorerPanel::ResourcePathRole);
            m->setData(op.method, ExplorerPanel::MethodRole);
            m->setToolTip(QStringLiteral("%1 %2\n%3").arg(op.method, path, integrationSummary(op)));
            resource->insertRow(insertAt++, m);
        }
    }
}


/// The folders of an API's definition beside its resources or routes: authorizers, models, request validators and
/// gateway responses (REST), reusable integrations (HTTP).
void addDefinitionItems(QStandardItem *apiItem, const model::Api &api)
{
    const doc::Node &document = api.definition.document;
    const QString id = api.id;
    auto folder = [&](const QString &text, const QString &prefix) {
        QStandardItem *f = makeItem(text, {}, ExplorerPanel::FolderItem, id, {}, QStringLiteral("%1:%2").arg(prefix, id));
        apiItem->appendRow(f);
        return f;
    };
    auto child = [&](QStandardItem *parent, const QString &name, ExplorerPanel::Kind kind, const QString &prefix,
                     const QString &tip) {
        QStandardItem *item = makeItem(name, {}, kind, id, {}, QStringLiteral("%1:%2:%3").arg(prefix, id, name));
        item->setToolTip(tip);
        parent->appendRow(item);
    };
    if (api.protocol == model::Protocol::Http) {
        QStandardItem *integrations = folder(ExplorerPanel::tr("Integrations"), QStringLiteral("integrations"));
        for (const auto &member : document[u"components"][u"x-amazon-apigateway-integrations"].members())
            child(integrations, member.first, ExplorerPanel::IntegrationItem, QStringLiteral("integration"),
                  QStringLiteral("%1 %2").arg(member.second[u"type"].toString().toUpper(), member.second[u"uri"].toString()));
    }
    QStandardItem *authorizers = folder(ExplorerPanel::tr("Authorizers"), QStringLiteral("authorizers"));
    if (api.protocol == model::Protocol::WebSocket) {
        for (const auto &member : document[u"authorizers"].members())
            child(authorizers, member.first, ExplorerPanel::AuthorizerItem, QStringLiteral("authorizer"),
                  ExplorerPanel::tr("Lambda REQUEST authorizer"));
    } else {
        for (const auto &member : document[u"components"][u"securitySchemes"].members()) {
            const doc::Node &a = member.second[u"x-amazon-apigateway-authorizer"];
            if (a.isNull())
                continue;
            child(authorizers, member.first, ExplorerPanel::AuthorizerItem, QStringLiteral("authorizer"),
                  ExplorerPanel::tr("%1 authorizer").arg(a[u"type"].toString().toUpper()));
        }
    }
    if (api.protocol == model::Protocol::WebSocket)
        return;
    QStandardItem *models = folder(ExplorerPanel::tr("Models"), QStringLiteral("models"));
    for (const auto &member : document[u"components"][u"schemas"].members())
        child(models, member.first, ExplorerPanel::ModelItem, QStringLiteral("model"),
              member.second[u"description"].toString(member.second[u"title"].toString()));
    if (api.protocol != model::Protocol::Rest)
        return;
    QStandardItem *validators = folder(ExplorerPanel::tr("Validators"), QStringLiteral("validators"));
    for (const auto &member : document[u"x-amazon-apigateway-request-validators"].members()) {
        QStringList what;
        if (member.second[u"validateRequestBody"].toBool())
            what.append(ExplorerPanel::tr("body"));
        if (member.second[u"validateRequestParameters"].toBool())
            what.append(ExplorerPanel::tr("parameters"));
        child(validators, member.first, ExplorerPanel::ValidatorItem, QStringLiteral("validator"),
              what.isEmpty() ? ExplorerPanel::tr("Validates nothing") : ExplorerPanel::tr("Validates %1").arg(what.join(QStringLiteral(", "))));
    }
    QStandardItem *responses = folder(ExplorerPanel::tr("Gateway responses"), QStringLiteral("gatewayresponses"));
    for (const auto &member : document[u"x-amazon-apigateway-gateway-responses"].members())
        child(responses, member.first, ExplorerPanel::GatewayResponseItem, QStringLiteral("gatewayresponse"),
              member.second[u"statusCode"].isNull() ? QString()
                                                    : ExplorerPanel::tr("Status %1").arg(member.second[u"statusCode"].toString()));
}

/// Asks for a name (a line edit) or a choice (a combo box), saying as it is typed what is wrong with it.
class NameDialog final : public QDialog
{
public:
    NameDialog(const ExplorerPanel::NamePrompt &prompt, QWidget *parent)
        : QDialog(parent)
        , m_prompt(prompt)
    {
        setWindowTitle(prompt.title);
        auto *layout = new QVBoxLayout(this);
        auto *label = new QLabel(prompt.label, this);
        label->setWordWrap(true);
        layout->addWidget(label);
        if (prompt.choices.isEmpty()) {
            m_edit = new QLineEdit(prompt.text, this);
            m_edit->setAccessibleName(prompt.title);
            m_edit->selectAll();
            label->setBuddy(m_edit);
            layout->addWidget(m_edit);
            connect(m_edit, &QLineEdit::textChanged, this, [this] { check(); });
        } else {
            m_combo = new QComboBox(this);
            m_combo->addItems(prompt.choices);
            m_combo->setAccessibleName(prompt.title);
            if (prompt.choices.contains(prompt.text))
                m_combo->setCurrentText(prompt.text);
            label->setBuddy(m_combo);
            layout->addWidget(m_combo);
            connect(m_combo, &QComboBox::currentTextChanged, this, [this] { check(); });
        }
        m_error = new QLabel(this);
        m_error->setWordWrap(true);
        m_error->setAccessibleName(ExplorerPanel::tr("Problem"));
        QPalette errorPalette = m_error->palette();
        errorPalette.setColor(QPalette::WindowText, Formatting::statusColor(500, palette()));
        m_error->setPalette(errorPalette);
        layout->addWidget(m_error);
        m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(m_buttons);
        setMinimumWidth(fontMetrics().averageCharWidth() * 60);
        check();
    }

    QString value() const { return m_edit ? m_edit->text() : m_combo->currentText(); }

private:
    void check()
    {
        const QString v = value();
        const QString problem = m_prompt.check ? m_prompt.check(v) : QString();
        // The unchanged name of a rename is not worth a complaint; OK just stays off.
        m_error->setText(v == m_prompt.text ? QString() : problem);
        m_error->setVisible(!m_error->text().isEmpty());
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    }

    ExplorerPanel::NamePrompt m_prompt;
    QLineEdit *m_edit = nullptr;
    QComboBox *m_combo = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

/// Asks where a REST method is copied to: a resource of its API (a path may also be typed) and a verb, saying as
/// they are chosen what is wrong with them.
class MethodCopyDialog final : public QDialog
{
public:
    MethodCopyDialog(const ExplorerPanel::MethodCopyPrompt &prompt, QWidget *parent)
        : QDialog(parent)
        , m_prompt(prompt)
    {
        setWindowTitle(prompt.title);
        auto *layout = new QVBoxLayout(this);
        auto *label = new QLabel(prompt.label, this);
        label->setWordWrap(true);
        layout->addWidget(label);
        auto *form = new QFormLayout;
        m_resource = new QComboBox(this);
        m_resource->setEditable(true);
        m_resource->addItems(prompt.resources);
        m_resource->setCurrentText(prompt.resource);
        m_resource->setAccessibleName(ExplorerPanel::tr("Target resource"));
        form->addRow(ExplorerPanel::tr("&Resource:"), m_resource);
        m_method = new QComboBox(this);
        m_method->addItems(prompt.methods);
        m_method->setCurrentText(prompt.method);
        m_method->setAccessibleName(ExplorerPanel::tr("Target method"));
        form->addRow(ExplorerPanel::tr("&Method:"), m_method);
        layout->addLayout(form);
        m_error = new QLabel(this);
        m_error->setWordWrap(true);
        m_error->setAccessibleName(ExplorerPanel::tr("Problem"));
        QPalette errorPalette = m_error->palette();
        errorPalette.setColor(QPalette::WindowText, Formatting::statusColor(500, palette()));
        m_error->setPalette(errorPalette);
        layout->addWidget(m_error);
        m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        m_buttons->button(QDialogButtonBox::Ok)->setText(ExplorerPanel::tr("D&uplicate"));
        connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(m_buttons);
        connect(m_resource, &QComboBox::currentTextChanged, this, [this] { check(); });
        connect(m_method, &QComboBox::currentTextChanged, this, [this] { check(); });
        setMinimumWidth(fontMetrics().averageCharWidth() * 60);
        check();
    }

    ExplorerPanel::MethodCopyTarget value() const { return {m_resource->currentText().trimmed(), m_method->currentText()}; }

private:
    void check()
    {
        const ExplorerPanel::MethodCopyTarget v = value();
        const QString problem = m_prompt.check ? m_prompt.check(v.resource, v.method) : QString();
        m_error->setText(problem);
        m_error->setVisible(!problem.isEmpty());
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    }

    ExplorerPanel::MethodCopyPrompt m_prompt;
    QComboBox *m_resource = nullptr;
    QComboBox *m_method = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

QString kindNoun(ExplorerPanel::AddKind kind)
{
    using K = ExplorerPanel::AddKind;
    switch (kind) {
    case K::Resource:
        return ExplorerPanel::tr("Resource");
    case K::Method:
        return ExplorerPanel::tr("Method");
    case K::Route:
        return ExplorerPanel::tr("Route");
    case K::Stage:
        return ExplorerPanel::tr("Stage");
    case K::Authorizer:
        return ExplorerPanel::tr("Authorizer");
    case K::Model:
        return ExplorerPanel::tr("Model");
    case K::Validator:
        return ExplorerPanel::tr("Request Validator");
    case K::GatewayResponse:
        return ExplorerPanel::tr("Gateway Response");
    case K::Integration:
        return ExplorerPanel::tr("Integration");
    case K::Function:
        return ExplorerPanel::tr("Function");
    case K::UsagePlan:
        return ExplorerPanel::tr("Usage Plan");
    case K::ApiKey:
        return ExplorerPanel::tr("API Key");
    }
    return {};
}

} // namespace

ExplorerPanel::ExplorerPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTreeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Project explorer"));
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            Q_EMIT selected(current.data(ApiIdRole).toString(), current.data(StageRole).toString());
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString url = index.data(UrlRole).toString();
        if (!url.isEmpty())
            Q_EMIT urlActivated(url);
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        QMenu *menu = createContextMenu(index);
        if (!menu->isEmpty())
            menu->exec(m_view->viewport()->mapToGlobal(pos));
        delete menu;
    });

    // Editing: the shortcuts work while the tree has the focus; the window's Edit menu shows the same actions.
    auto makeAction = [this](const QString &text, const QKeySequence &shortcut, void (ExplorerPanel::*slot)()) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setEnabled(false);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newAction = makeAction(tr("&Add…"), QKeySequence(Qt::Key_Insert), &ExplorerPanel::addToCurrent);
    m_newMethodAction
        = makeAction(tr("Add &Method…"), QKeySequence(Qt::CTRL | Qt::Key_M), &ExplorerPanel::addMethodToCurrent);
    m_renameAction = makeAction(tr("Re&name…"), QKeySequence(Qt::Key_F2), &ExplorerPanel::renameCurrent);
    m_duplicateAction = makeAction(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), &ExplorerPanel::duplicateCurrent);
    m_deleteAction = makeAction(tr("&Delete…"), QKeySequence(QKeySequence::Delete), &ExplorerPanel::deleteCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ExplorerPanel::updateEditActions);
}

void ExplorerPanel::setDocument(ProjectDocument *document)
{
    m_document = document;
    updateEditActions();
}

std::optional<ExplorerPanel::AddKind> ExplorerPanel::addKindFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return std::nullopt;
    const model::Api *api = m_project.api(index.data(ApiIdRole).toString());
    switch (index.data(KindRole).toInt()) {
    case ApiItem:
        if (!api)
            return std::nullopt;
        return api->protocol == model::Protocol::Rest ? AddKind::Resource : AddKind::Route;
    case ResourceItem:
        return AddKind::Resource;
    case MethodItem:
        return AddKind::Method;
    case RouteItem:
        return AddKind::Route;
    case StageItem:
    case UrlItem:
        return AddKind::Stage;
    case AuthorizerItem:
        return AddKind::Authorizer;
    case ModelItem:
        return AddKind::Model;
    case ValidatorItem:
        return AddKind::Validator;
    case GatewayResponseItem:
        return AddKind::GatewayResponse;
    case IntegrationItem:
        return AddKind::Integration;
    case FunctionItem:
        return AddKind::Function;
    case UsagePlanItem:
        return AddKind::UsagePlan;
    case ApiKeyItem:
        return AddKind::ApiKey;
    case FolderItem: {
        static const QHash<QString, AddKind> folders = {
            {QStringLiteral("resources"), AddKind::Resource},
            {QStringLiteral("routes"), AddKind::Route},
            {QStringLiteral("stages"), AddKind::Stage},
            {QStringLiteral("authorizers"), AddKind::Authorizer},
            {QStringLiteral("models"), AddKind::Model},
            {QStringLiteral("validators"), AddKind::Validator},
            {QStringLiteral("gatewayresponses"), AddKind::GatewayResponse},
            {QStringLiteral("integrations"), AddKind::Integration},
            {QStringLiteral("functions"), AddKind::Function},
            {QStringLiteral("usageplans"), AddKind::UsagePlan},
            {QStringLiteral("apikeys"), AddKind::ApiKey},
        };
        const QString prefix = ItemKey::parse(index.data(KeyRole).toString()).prefix;
        if (folders.contains(prefix))
            return folders.value(prefix);
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

QString ExplorerPanel::addLabel(AddKind kind) const
{
    return tr("&Add %1…").arg(kindNoun(kind));
}

void ExplorerPanel::updateEditActions()
{
    const QModelIndex current = m_view->currentIndex();
    const QString key = current.data(KeyRole).toString();
    const bool editable = m_document && m_document->isOpen() && current.isValid();
    const std::optional<AddKind> kind = editable ? addKindFor(current) : std::nullopt;
    m_newAction->setEnabled(kind.has_value());
    m_newAction->setText(kind ? addLabel(*kind) : tr("&Add…"));
    const ItemKey k = ItemKey::parse(key);
    bool methods = false;
    if (editable && (k.prefix == QLatin1String("resource") || k.prefix == QLatin1String("method"))) {
        const QString path = k.prefix == QLatin1String("method") ? k.methodPath() : k.rest;
        methods = !ProjectEdits::availableMethods(m_project, k.apiId, path).isEmpty();
    }
    m_newMethodAction->setEnabled(methods);
    QString name = current.data(Qt::DisplayRole).toString().section(QStringLiteral("  "), 0, 0);
    if (k.prefix == QLatin1String("api"))
        name = ProjectEdits::currentName(key);
    else if (k.prefix == QLatin1String("method"))
        name = k.method() + QLatin1Char(' ') + k.methodPath();
    m_renameAction->setEnabled(editable && ProjectEdits::canRename(key));
    m_renameAction->setText(m_renameAction->isEnabled() ? tr("Re&name %1…").arg(name) : tr("Re&name…"));
    m_duplicateAction->setEnabled(editable && ProjectEdits::canDuplicate(key));
    m_duplicateAction->setText(m_duplicateAction->isEnabled() ? tr("D&uplicate %1").arg(name) : tr("D&uplicate"));
    bool removable = editable && ProjectEdits::canRemove(key);
    if (removable && k.prefix == QLatin1String("cors")) {
        const model::Api *api = m_project.api(k.apiId);
        removable = api && api->definition.document.contains(u"x-amazon-apigateway-cors");
    }
    m_deleteAction->setEnabled(removable);
    m_deleteAction->setText(m_deleteAction->isEnabled() ? tr("&Delete %1…").arg(name) : tr("&Delete…"));
}

void ExplorerPanel::addToCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const std::optional<AddKind> kind = addKindFor(current);
    if (!kind)
        return;
    const ItemKey k = ItemKey::parse(current.data(KeyRole).toString());
    QString path = QStringLiteral("/");
    if (k.prefix == QLatin1String("resource"))
        path = k.rest;
    else if (k.prefix == QLatin1String("method"))
        path = k.methodPath();
    add(*kind, current.data(ApiIdRole).toString(), path);
}

void ExplorerPanel::addMethodToCurrent()
{
    const ItemKey k = ItemKey::parse(m_view->currentIndex().data(KeyRole).toString());
    if (k.prefix == QLatin1String("resource"))
        add(AddKind::Method, k.apiId, k.rest);
    else if (k.prefix == QLatin1String("method"))
        add(AddKind::Method, k.apiId, k.methodPath());
}

void ExplorerPanel::renameCurrent()
{
    renameItem(m_view->currentIndex().data(KeyRole).toString());
}

void ExplorerPanel::duplicateCurrent()
{
    duplicateItem(m_view->currentIndex().data(KeyRole).toString());
}

void ExplorerPanel::deleteCurrent()
{
    deleteItem(m_view->currentIndex().data(KeyRole).toString());
}

std::optional<QString> ExplorerPanel::ask(const NamePrompt &prompt)
{
    if (m_asker)
        return m_asker(prompt);
    NameDialog dialog(prompt, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.value();
}

bool ExplorerPanel::add(AddKind kind, const QString &apiId, const QString &path)
{
    if (!m_document || !m_document->isOpen())
        return false;
    const model::Project &project = m_document->project();
    const model::Api *api = project.api(apiId);
    const bool projectLevel = kind == AddKind::Function || kind == AddKind::UsagePlan || kind == AddKind::ApiKey;
    if (!api && !projectLevel)
        return false;
    // Runs the edit on a copy: to check a name as it is typed, and for real.
    std::function<EditOutcome(model::Project &, const QString &)> edit;
    NamePrompt prompt;
    prompt.title = tr("Add %1").arg(kindNoun(kind));
    switch (kind) {
    case AddKind::Resource:
        prompt.label = tr("Path part of the new resource under %1 (e.g. pets, {petId}, or {proxy+} for everything "
                          "below):")
                           .arg(path);
        edit = [apiId, path](model::Project &p, const QString &v) { return ProjectEdits::addResource(p, apiId, path, v); };
        break;
    case AddKind::Method:
        prompt.label = tr("Method of %1 (it answers 200 through a MOCK integration until you choose another one):").arg(path);
        prompt.choices = ProjectEdits::availableMethods(project, apiId, path);
        if (prompt.choices.isEmpty()) {
            Q_EMIT editReported(tr("%1 already has every method.").arg(path));
            return false;
        }
        edit = [apiId, path](model::Project &p, const QString &v) { return ProjectEdits::addMethod(p, apiId, path, v); };
        break;
    case AddKind::Route:
        prompt.label = api->protocol == model::Protocol::WebSocket
            ? tr("Route key: $connect, $disconnect, $default, or the value the route selection expression %1 gives "
                 "(e.g. sendmessage):")
                  .arg(api->definition.document[u"routeSelectionExpression"].toString())
            : tr("Route key: METHOD /path (e.g. GET /pets/{id}, ANY /{proxy+}), or $default:");
        edit = [apiId](model::Project &p, const QString &v) { return ProjectEdits::addRoute(p, apiId, v); };
        break;
    case AddKind::Stage:
        prompt.label = tr("Stage name (e.g. dev, prod; letters, digits, '-' and '_'):");
        edit = [apiId](model::Project &p, const QString &v) { return ProjectEdits::addStage(p, apiId, v); };
        break;
    case AddKind::Authorizer: {
        const QList<ProjectEdits::AuthorizerType> types = ProjectEdits::authorizerTypes(api->protocol);
        ProjectEdits::AuthorizerType type = types.first();
        if (types.size() > 1) {
            NamePrompt typePrompt;
            typePrompt.title = prompt.title;
            typePrompt.label = tr("Type of the new authorizer:");
            for (ProjectEdits::AuthorizerType t : types)
                typePrompt.choices.append(ProjectEdits::authorizerTypeLabel(t));
            const std::optional<QString> chosen = ask(typePrompt);
            if (!chosen)
                return false;
            for (ProjectEdits::AuthorizerType t : types) {
                if (ProjectEdits::authorizerTypeLabel(t) == *chosen)
                    type = t;
            }
        }
        const QString issuer = m_port != 0 ? auth::localIssuer(auth::defaultIdentityPort(m_port)) : QString();
        prompt.label = tr("Name of the %1 (letters, digits, '.', '_' and '-'):").arg(ProjectEdits::authorizerTypeLabel(type));
        edit = [apiId, type, issuer](model::Project &p, const QString &v) {
            return ProjectEdits::addAuthorizer(p, apiId, v, type, issuer);
        };
        break;
    }
    case AddKind::Model:
        prompt.label = tr("Model name (letters and digits, e.g. Pet):");
        edit = [apiId](model::Project &p, const QString &v) { return ProjectEdits::addModel(p, apiId, v); };
        break;
    case AddKind::Validator:
        prompt.label = tr("Request validator name (e.g. Validate body):");
        edit = [apiId](model::Project &p, const QString &v) { return ProjectEdits::addValidator(p, apiId, v); };
        break;
    case AddKind::GatewayResponse:
        prompt.label = tr("Gateway response to customise:");
        prompt.choices = ProjectEdits::availableGatewayResponses(project, apiId);
        if (prompt.choices.isEmpty()) {
            Q_EMIT editReported(tr("API %1 customises every gateway response already.").arg(apiId));
            return false;
        }
        edit = [apiId](model::Project &p, const QString &v) { return ProjectEdits::addGatewayResponse(p, apiId, v); };
        break;
    case AddKind::Integration:
        prompt.label = tr("Name of the reusable integration (letters, digits, '.', '_' and '-'):");
        edit = [apiId](model::Project &p, const QString &v) { return ProjectEdits::addIntegration(p, apiId, v); };
        break;
    case AddKind::Function:
        prompt.label = tr("Function name (1 to 64 letters, digits, '-' and '_'; what integration URIs name):");
        edit = [](model::Project &p, const QString &v) { return ProjectEdits::addFunction(p, v); };
        break;
    case AddKind::UsagePlan:
        prompt.label = tr("Usage plan name (e.g. basic):");
        edit = [](model::Project &p, const QString &v) { return ProjectEdits::addUsagePlan(p, v); };
        break;
    case AddKind::ApiKey:
        prompt.label = tr("API key name (e.g. the client it is for); its value is made at random:");
        edit = [](model::Project &p, const QString &v) { return ProjectEdits::addApiKey(p, v); };
        break;
    }
    const model::Project snapshot = project;
    prompt.check = [snapshot, edit](const QString &value) {
        model::Project scratch = snapshot;
        const EditOutcome outcome = edit(scratch, value);
        return outcome.ok ? QString() : outcome.error;
    };
    const std::optional<QString> value = ask(prompt);
    if (!value)
        return false;
    model::Project after = m_document->project();
    const EditOutcome outcome = edit(after, *value);
    return apply(outcome, after, {});
}

bool ExplorerPanel::renameItem(const QString &key)
{
    if (!m_document || !m_document->isOpen() || !ProjectEdits::canRename(key))
        return false;
    const ItemKey k = ItemKey::parse(key);
    NamePrompt prompt;
    prompt.text = ProjectEdits::currentName(key);
    prompt.title = tr("Rename %1").arg(prompt.text);
    if (k.prefix == QLatin1String("resource"))
        prompt.label = tr("New path part of %1 (sub-resources move with it):").arg(k.rest);
    else if (k.prefix == QLatin1String("route"))
        prompt.label = tr("New route key of %1:").arg(k.rest);
    else if (k.prefix == QLatin1String("method")) {
        // Every verb is offered; one the resource has already is refused with the reason.
        prompt.title = tr("Change Method %1 %2").arg(k.method(), k.methodPath());
        prompt.label = tr("New HTTP method of %1 %2 (its integration, request and responses stay):")
                           .arg(k.method(), k.methodPath());
        prompt.choices = ProjectEdits::httpMethods();
    } else if (k.prefix == QLatin1String("api")) {
        const model::Api *api = m_document->project().api(k.apiId);
        prompt.text = api && !api->definition.title().isEmpty() ? api->definition.title() : k.apiId;
        prompt.title = tr("Rename API %1").arg(prompt.text);
        prompt.label = tr("New display name of API %1 (its id %1, and so its invoke URL, stays):").arg(k.apiId);
    } else if (k.prefix == QLatin1String("gatewayresponse")) {
        prompt.label = tr("Customise this response for another type instead:");
        prompt.choices = ProjectEdits::availableGatewayResponses(m_document->project(), k.apiId);
        prompt.choices.prepend(k.rest);
    } else {
        prompt.label = tr("New name of %1 (what refers to it follows):").arg(k.rest);
    }
    const model::Project snapshot = m_document->project();
    prompt.check = [snapshot, key](const QString &value) {
        model::Project scratch = snapshot;
        const EditOutcome outcome = ProjectEdits::rename(scratch, key, value);
        return outcome.ok ? QString() : outcome.error;
    };
    const std::optional<QString> value = ask(prompt);
    if (!value)
        return false;
    model::Project after = m_document->project();
    return apply(ProjectEdits::rename(after, key, *value), after, key);
}

bool ExplorerPanel::duplicateItem(const QString &key)
{
    if (!m_document || !m_document->isOpen() || !ProjectEdits::canDuplicate(key))
        return false;
    if (ItemKey::parse(key).prefix == QLatin1String("method"))
        return duplicateMethod(key);
    model::Project after = m_document->project();
    return apply(ProjectEdits::duplicate(after, key), after, key);
}

bool ExplorerPanel::duplicateMethod(const QString &key)
{
    const ItemKey k = ItemKey::parse(key);
    if (!m_document || !m_document->isOpen() || k.prefix != QLatin1String("method"))
        return false;
    const model::Project snapshot = m_document->project();
    const QString apiId = k.apiId;
    const QString path = k.methodPath();
    const QString method = k.method();
    MethodCopyPrompt prompt;
    prompt.title = tr("Duplicate %1 %2").arg(method, path);
    prompt.label = tr("Copy %1 %2 (its integration, request and responses) to:").arg(method, path);
    prompt.resources = ProjectEdits::resourcePaths(snapshot, apiId);
    prompt.methods = ProjectEdits::httpMethods();
    prompt.resource = path;
    const QStringList free = ProjectEdits::availableMethods(snapshot, apiId, path);
    prompt.method = free.isEmpty() ? method : free.first();
    prompt.check = [snapshot, apiId, path, method](const QString &resource, const QString &verb) {
        model::Project scratch = snapshot;
        const EditOutcome outcome = ProjectEdits::duplicateMethod(scratch, apiId, path, method, resource, verb);
        return outcome.ok ? QString() : outcome.error;
    };
    std::optional<MethodCopyTarget> target;
    if (m_copyAsker) {
        target = m_copyAsker(prompt);
    } else {
        MethodCopyDialog dialog(prompt, this);
        if (dialog.exec() == QDialog::Accepted)
            target = dialog.value();
    }
    if (!target)
        return false;
    model::Project after = m_document->project();
    return apply(ProjectEdits::duplicateMethod(after, apiId, path, method, target->resource, target->method), after, key);
}

bool ExplorerPanel::deleteItem(const QString &key)
{
    if (!m_document || !m_document->isOpen() || !ProjectEdits::canRemove(key))
        return false;
    const QString question = ProjectEdits::removalQuestion(m_document->project(), key);
    if (question.isEmpty())
        return false;
    const bool yes = m_confirmer ? m_confirmer(tr("Delete"), question)
                                 : QMessageBox::question(this, tr("Delete"), question,
                                                         QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                                       == QMessageBox::Yes;
    if (!yes)
        return false;
    // Afterwards the parent (the folder, for project-level items) is selected unless the edit names something.
    QString parentKey;
    if (QStandardItem *item = itemForKey(key); item && item->parent())
        parentKey = item->parent()->data(KeyRole).toString();
    model::Project after = m_document->project();
    return apply(ProjectEdits::remove(after, key), after, parentKey);
}

bool ExplorerPanel::apply(const EditOutcome &outcome, const model::Project &after, const QString &fallbackKey)
{
    if (!outcome.ok) {
        Q_EMIT editReported(outcome.error);
        return false;
    }
    m_document->edit(outcome.undoText, after);
    // The owner rebuilt the tree from the new snapshot (document changed); show what the edit made.
    if (!selectKey(outcome.key))
        selectKey(fallbackKey);
    Q_EMIT editReported(outcome.note.isEmpty() ? outcome.undoText : outcome.undoText + QStringLiteral(": ") + outcome.note);
    return true;
}

bool ExplorerPanel::selectKey(const QString &key)
{
    QStandardItem *item = itemForKey(key);
    if (!item)
        return false;
    m_view->setCurrentIndex(item->index());
    m_view->scrollTo(item->index());
    return true;
}

void ExplorerPanel::setProject(const model::Project &project)
{
    build(project);
    // Everything open when it fits on a screen or two; large definitions open to their top-level resources.
    qsizetype items = 0;
    for (const model::Api &api : project.apis) {
        for (const model::PathItem &p : api.definition.paths)
            items += 1 + p.operations.size();
        items += 2 * api.stages.size();
    }
    if (items < 150)
        m_view->expandAll();
    else
        m_view->expandToDepth(2);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void ExplorerPanel::refreshProject(const model::Project &project)
{
    // Remember what is open and selected by the items' stable keys, rebuild, restore.
    QSet<QString> expanded;
    QSet<QString> known;
    auto walk = [&](QStandardItem *parent, auto &&self) -> void {
        for (int row = 0; row < parent->rowCount(); ++row) {
            QStandardItem *item = parent->child(row);
            const QString key = item->data(KeyRole).toString();
            known.insert(key);
            if (m_view->isExpanded(item->index()))
                expanded.insert(key);
            self(item, self);
        }
    };
    walk(m_model->invisibleRootItem(), walk);
    const QString current = m_view->currentIndex().data(KeyRole).toString();
    const int scroll = m_view->verticalScrollBar() ? m_view->verticalScrollBar()->value() : 0;

    {
        const QSignalBlocker block(m_view->selectionModel());
        build(project);
    }
    auto restore = [&](QStandardItem *parent, auto &&self) -> void {
        for (int row = 0; row < parent->rowCount(); ++row) {
            QStandardItem *item = parent->child(row);
            const QString key = item->data(KeyRole).toString();
            // New items (a resource an edit added) open like their neighbours.
            if (expanded.contains(key) || !known.contains(key))
                m_view->expand(item->index());
            self(item, self);
        }
    };
    restore(m_model->invisibleRootItem(), restore);
    QStandardItem *now = itemForKey(current);
    if (!now && m_model->rowCount() > 0)
        now = m_model->item(0);
    if (now) {
        const QSignalBlocker block(m_view->selectionModel());
        m_view->setCurrentIndex(now->index());
    }
    if (m_view->verticalScrollBar())
        m_view->verticalScrollBar()->setValue(scroll);
    if (now && now->data(KeyRole).toString() != current)
        Q_EMIT selected(now->data(ApiIdRole).toString(), now->data(StageRole).toString());
    updateEditActions();
}

QStandardItem *ExplorerPanel::itemForKey(const QString &key) const
{
    if (key.isEmpty())
        return nullptr;
    const QModelIndexList found
        = m_model->match(m_model->index(0, 0), KeyRole, key, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? nullptr : m_model->itemFromIndex(found.first());
}

QMenu *ExplorerPanel::createContextMenu(const QModelIndex &index)
{
    auto *menu = new QMenu(this);
    const QString apiId = index.data(ApiIdRole).toString();
    const model::Api *api = m_project.api(apiId);
    if (m_document && m_document->isOpen() && index.isValid()) {
        // The actions act on the current item: make it the one clicked.
        if (m_view->currentIndex() != index)
            m_view->setCurrentIndex(index);
        updateEditActions();
        if (m_newAction->isEnabled())
            menu->addAction(m_newAction);
        if (m_newMethodAction->isEnabled())
            menu->addAction(m_newMethodAction);
        if (index.data(KindRole).toInt() == ApiItem && api) {
            // Everything an API holds can be added from it.
            QMenu *more = menu->addMenu(tr("Add to %1").arg(apiId));
            QList<AddKind> kinds = {AddKind::Stage, AddKind::Authorizer};
            if (api->protocol != model::Protocol::WebSocket)
                kinds.append(AddKind::Model);
            if (api->protocol == model::Protocol::Rest)
                kinds << AddKind::Validator << AddKind::GatewayResponse;
            if (api->protocol == model::Protocol::Http)
                kinds.append(AddKind::Integration);
            for (AddKind kind : kinds) {
                QAction *a = more->addAction(addLabel(kind));
                connect(a, &QAction::triggered, this, [this, kind, apiId] { add(kind, apiId, QStringLiteral("/")); });
            }
            if (api->protocol == model::Protocol::Http) {
                QAction *cors = menu->addAction(QIcon(QStringLiteral(":/gatehouse/icons/cors.svg")), tr("&CORS…"));
                cors->setToolTip(tr("Edit the CORS configuration of %1").arg(apiId));
                connect(cors, &QAction::triggered, this,
                        [this, apiId] { selectKey(QStringLiteral("cors:%1").arg(apiId)); });
            }
        }
        for (QAction *a : {m_renameAction, m_duplicateAction, m_deleteAction}) {
            if (a->isEnabled())
                menu->addAction(a);
        }
        if (!menu->isEmpty())
            menu->addSeparator();
    }
    if (!api)
        return menu;
    const int kind = index.data(KindRole).toInt();
    const QString resourcePath = index.data(ResourcePathRole).toString();
    const QString method = index.data(MethodRole).toString();
    static const QRegularExpression param(QStringLiteral("\\{[^}]*\\}"));

    if ((kind == ResourceItem || kind == MethodItem) && api->protocol == model::Protocol::Rest) {
        QAction *enable = menu->addAction(QIcon(QStringLiteral(":/gatehouse/icons/cors.svg")),
                                          tr("Enable &CORS on %1…").arg(resourcePath));
        if (!api->definition.path(resourcePath)) {
            enable->setEnabled(false);
            enable->setToolTip(tr("%1 has no methods of its own; enable CORS on the resource that has them.")
                                   .arg(resourcePath));
        }
        connect(enable, &QAction::triggered, this,
                [this, apiId, resourcePath] { Q_EMIT enableCorsRequested(apiId, resourcePath); });
    }
    if (kind == ResourceItem || kind == MethodItem || kind == RouteItem) {
        QString path = resourcePath;
        QString routeMethod = method;
        if (kind == RouteItem) {
            const QString key = index.data(Qt::DisplayRole).toString(); // "GET /pets" or "$default"
            const qsizetype space = key.indexOf(QLatin1Char(' '));
            routeMethod = space > 0 ? key.left(space) : QString();
            path = space > 0 ? key.mid(space + 1) : QStringLiteral("/");
            path.replace(QStringLiteral("{proxy+}"), QStringLiteral("anything"));
        }
        if (routeMethod == QLatin1String("ANY") || routeMethod == QLatin1String("OPTIONS"))
            routeMethod.clear();
        path.replace(param, QStringLiteral("1"));
        const QString stage = api->stages.isEmpty() ? QString() : api->stages.first().name;
        if (!path.isEmpty() && !stage.isEmpty()) {
            QAction *lab = menu->addAction(QIcon(QStringLiteral(":/gatehouse/icons/cors.svg")),
                                           tr("Test in the CORS &Lab"));
            connect(lab, &QAction::triggered, this, [this, apiId, stage, path, routeMethod] {
                Q_EMIT corsLabRequested(apiId, stage, path, routeMethod);
            });
        }
    }
    if (kind == StageItem || kind == UrlItem) {
        const QString stageName = index.data(StageRole).toString();
        const model::Stage *stage = api->stage(stageName);
        if (stage && !stage->autoDeploy) {
            QAction *deploy = menu->addAction(QIcon(QStringLiteral(":/gatehouse/icons/deploy.svg")),
                                              tr("&Deploy to %1…").arg(stageName));
            connect(deploy, &QAction::triggered, this,
                    [this, apiId, stageName] { Q_EMIT deployRequested(apiId, stageName); });
        }
    }
    return menu;
}

void ExplorerPanel::build(const model::Project &project)
{
    m_project = project;
    m_model->clear();
    m_urlItems.clear();
    QStandardItem *root = m_model->invisibleRootItem();
    for (const model::Api &api : project.apis) {
        const QString title = api.definition.title();
        QStandardItem *apiItem = makeItem(
            tr("%1 (%2) · %3")
                .arg(title.isEmpty() ? api.id : title, api.id, Formatting::protocolLabel(api.protocol)),
            QStringLiteral("api"), ApiItem, api.id, {}, QStringLiteral("api:%1").arg(api.id));
        apiItem->setToolTip(api.definition.document[u"info"][u"description"].toString());
        root->appendRow(apiItem);

        if (api.protocol == model::Protocol::Rest) {
            QStandardItem *folder = makeItem(tr("Resources"), {}, FolderItem, api.id, {},
                                             QStringLiteral("resources:%1").arg(api.id));
            apiItem->appendRow(folder);
            addResources(folder, api.definition, api.id);
        } else if (api.protocol == model::Protocol::WebSocket) {
            QStandardItem *folder
                = makeItem(tr("Routes"), {}, FolderItem, api.id, {}, QStringLiteral("routes:%1").arg(api.id));
            apiItem->appendRow(folder);
            for (const auto &[key, route] : api.definition.document[u"routes"].members()) {
                QStandardItem *r = makeItem(key, QStringLiteral("method"), RouteItem, api.id, {},
                                            QStringLiteral("route:%1:%2").arg(api.id, key));
                r->setToolTip(tr("%1\nintegration: %2%3")
                                  .arg(key, route[u"integration"][u"type"].toString().toUpper(),
                                       route[u"routeResponse"].toBool() ? tr(", two-way") : QString()));
                folder->appendRow(r);
            }
        } else {
            QStandardItem *folder
                = makeItem(tr("Routes"), {}, FolderItem, api.id, {}, QStringLiteral("routes:%1").arg(api.id));
            apiItem->appendRow(folder);
            const bool cors = api.definition.document.contains(u"x-amazon-apigateway-cors");
            QStandardItem *corsItem = makeItem(cors ? tr("CORS") : tr("CORS  ·  not configured"), QStringLiteral("cors"),
                                               CorsItem, api.id, {}, QStringLiteral("cors:%1").arg(api.id));
            corsItem->setToolTip(cors ? tr("API Gateway answers preflights and adds the Access-Control-* headers for "
                                           "every route.")
                                      : tr("No CORS configuration: the integrations must answer preflights and add "
                                           "Access-Control-* headers themselves."));
            apiItem->appendRow(corsItem);
            for (const model::PathItem &p : api.definition.paths) {
                for (const model::Operation &op : p.operations) {
                    const QString key = p.path == QLatin1String("$default") ? p.path : op.method + QLatin1Char(' ') + p.path;
                    QStandardItem *r = makeItem(key, QStringLiteral("method"), RouteItem, api.id, {},
                                                QStringLiteral("route:%1:%2").arg(api.id, key));
                    r->setData(p.path, ResourcePathRole);
                    r->setData(op.method, MethodRole);
                    r->setToolTip(QStringLiteral("%1\n%2").arg(key, integrationSummary(op)));
                    folder->appendRow(r);
                }
            }
        }

        addDefinitionItems(apiItem, api);

        QStandardItem *stages
            = makeItem(tr("Stages"), {}, FolderItem, api.id, {}, QStringLiteral("stages:%1").arg(api.id));
        apiItem->appendRow(stages);
        for (const model::Stage &stage : api.stages) {
            QString text = stage.name;
            const bool undeployed = hasUndeployedChanges(api, stage);
            if (undeployed) // first, where a narrow tree still shows it
                text += QStringLiteral("  ● ") + tr("undeployed changes");
            if (stage.autoDeploy)
                text += QStringLiteral("  ·  ") + tr("auto-deploy");
            else if (!stage.deploymentId.isEmpty())
                text += QStringLiteral("  ·  ") + tr("deployment %1").arg(stage.deploymentId);
            if (stage.canary)
                text += QStringLiteral("  ·  ")
                    + tr("canary %1 % → %2")
                          .arg(QLocale().toString(stage.canary->percentTraffic, 'g', QLocale::FloatingPointShortest),
                               stage.canary->deploymentId);
            QStandardItem *s = makeItem(text, QStringLiteral("stage"), StageItem, api.id, stage.name,
                                        QStringLiteral("stage:%1:%2").arg(api.id, stage.name));
            s->setData(undeployed, UndeployedRole);
            if (undeployed) {
                s->setForeground(Formatting::statusColor(400, m_view->palette()));
                s->setData(api.deployment(stage.deploymentId)
                               ? tr("The working copy differs from deployment %1, which stage %2 serves. "
                                    "Deploy (F5) to "
                                    "serve the changes.")
                                     .arg(stage.deploymentId, stage.name)
                               : tr("Stage %1 has no deployment: it serves nothing until you deploy (F5).")
                                     .arg(stage.name),
                           Qt::StatusTipRole);
            }
            if (!stage.description.isEmpty())
                s->setToolTip(stage.description);
            QStandardItem *url = makeItem({}, {}, UrlItem, api.id, stage.name,
                                          QStringLiteral("url:%1:%2").arg(api.id, stage.name));
            url->setData(api.protocol == model::Protocol::WebSocket, WebSocketRole);
            s->appendRow(url);
            m_urlItems.append(url);
            stages->appendRow(s);
        }
    }

    // Project level: what every API may use.
    QStandardItem *functions = makeItem(tr("Functions"), {}, FolderItem, {}, {}, QStringLiteral("functions:"));
    root->appendRow(functions);
    for (const model::Function &f : project.functions) {
        QStandardItem *item = makeItem(f.name, {}, FunctionItem, {}, {}, QStringLiteral("function:%1").arg(f.name));
        item->setToolTip(tr("%1 · %2 · %3").arg(f.runtime, f.code, f.handler));
        functions->appendRow(item);
    }
    QStandardItem *plans = makeItem(tr("Usage plans"), {}, FolderItem, {}, {}, QStringLiteral("usageplans:"));
    root->appendRow(plans);
    for (const model::UsagePlan &plan : project.usagePlans) {
        QStandardItem *item = makeItem(plan.name, {}, UsagePlanItem, {}, {}, QStringLiteral("usageplan:%1").arg(plan.name));
        QStringList covered;
        for (const model::UsagePlanStage &st : plan.stages)
            covered.append(st.apiId + QLatin1Char('/') + st.stage);
        item->setToolTip(covered.isEmpty() ? tr("Covers no API stage yet") : tr("Covers %1").arg(covered.join(QStringLiteral(", "))));
        plans->appendRow(item);
    }
    QStandardItem *keys = makeItem(tr("API keys"), {}, FolderItem, {}, {}, QStringLiteral("apikeys:"));
    root->appendRow(keys);
    for (const model::ApiKey &apiKey : project.apiKeys) {
        QString text = apiKey.name;
        if (!apiKey.enabled)
            text += QStringLiteral("  ·  ") + tr("disabled");
        QStandardItem *item = makeItem(text, {}, ApiKeyItem, {}, {}, QStringLiteral("apikey:%1").arg(apiKey.name));
        item->setToolTip(tr("%1 · usage plans: %2")
                             .arg(apiKey.masked(),
                                  apiKey.usagePlans.isEmpty() ? tr("none") : apiKey.usagePlans.join(QStringLiteral(", "))));
        keys->appendRow(item);
    }
    refreshUrls();
    updateEditActions();
}

void ExplorerPanel::setPort(quint16 port)
{
    if (port == m_port)
        return;
    m_port = port;
    refreshUrls();
}

void ExplorerPanel::refreshUrls()
{
    for (QStandardItem *item : std::as_const(m_urlItems)) {
        const QString apiId = item->data(ApiIdRole).toString();
        const QString stage = item->data(StageRole).toString();
        if (m_port == 0) {
            item->setText(tr("Invoke URL: start the gateway"));
            item->setData({}, UrlRole);
            item->setToolTip({});
            item->setForeground(m_view->palette().brush(QPalette::PlaceholderText));
        } else {
            const bool webSocket = item->data(WebSocketRole).toBool();
            const QString url = Formatting::invokeUrl(apiId, stage, m_port, webSocket);
            item->setText(url);
            item->setData(url, UrlRole);
            const QString pathUrl = Formatting::pathInvokeUrl(apiId, stage, m_port, webSocket);
            item->setToolTip(pathUrl.isEmpty() ? tr("%1\nDouble-click to copy.").arg(url)
                                               : tr("%1\nPath form: %2\nDouble-click to copy.").arg(url, pathUrl));
            item->setForeground(m_view->palette().brush(QPalette::Link));
        }
        const QString note = item->parent()->data(Qt::StatusTipRole).toString();
        item->parent()->setToolTip(note.isEmpty() ? item->toolTip()
                                                  : note + QLatin1Char('\n') + item->toolTip());
    }
}

} // namespace gw::ui
