#include "framework.h"

namespace iia {

const Item *Framework::item(const QString &itemId) const
{
    return m_items.value(itemId);
}
const Question *Framework::question(const QString &questionId) const
{
    return m_questions.value(questionId);
}
const Goal *Framework::goal(const QString &goalId) const
{
    return m_goals.value(goalId);
}

QList<const Item *> Framework::items() const
{
    QList<const Item *> result;
    result.reserve(properties.size() + enablers.size());
    for (const Item &i : properties)
        result.append(&i);
    for (const Item &i : enablers)
        result.append(&i);
    return result;
}

int Framework::questionCount() const
{
    int count = 0;
    for (const Item *i : items())
        count += int(i->questions.size());
    return count;
}

void Framework::buildIndex()
{
    m_items.clear();
    m_questions.clear();
    m_goals.clear();
    for (const Item *i : items()) {
        m_items.insert(i->id, i);
        for (const Question &q : i->questions)
            m_questions.insert(q.id, &q);
    }
    for (const Goal &g : goals)
        m_goals.insert(g.id, &g);
}

} // namespace iia
