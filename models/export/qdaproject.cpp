// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder until the REFI-QDA writer lands: every call says it is missing.
#include "qdaproject.h"

using namespace Qt::StringLiterals;

namespace Lectern::Models {

QByteArray QdaProject::projectXml(const ExportSet &)
{
    return {};
}

QByteArray QdaProject::projectArchive(const ExportSet &, QString *error)
{
    if (error)
        *error = u"REFI-QDA export is not built yet."_s;
    return {};
}

QByteArray QdaProject::codebookXml(const ExportSet &)
{
    return {};
}

ImportBatch QdaProject::readArchive(const QByteArray &)
{
    ImportBatch batch;
    batch.problems.append(u"REFI-QDA import is not built yet."_s);
    return batch;
}

} // namespace Lectern::Models
