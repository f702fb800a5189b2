// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle.h"

using namespace Qt::StringLiterals;

namespace Lectern::Models {

QString indexFormName(IndexForm form)
{
    switch (form) {
    case IndexForm::Manifest:
        return u"manifest"_s;
    case IndexForm::PlainList:
        return u"list"_s;
    case IndexForm::Csv:
        return u"csv"_s;
    case IndexForm::Tsv:
        return u"tsv"_s;
    case IndexForm::Directory:
        return u"directory"_s;
    case IndexForm::JsonLines:
        return u"jsonl"_s;
    case IndexForm::Warc:
        return u"warc"_s;
    }
    return {};
}

int Bundle::indexOfId(const QString &id) const
{
    for (qsizetype i = 0; i < documents.size(); ++i) {
        if (documents.at(i).id == id)
            return int(i);
    }
    return -1;
}

} // namespace Lectern::Models
