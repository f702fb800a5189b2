// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern::Models {

/// What a segment is to a reader. Trailer is text of another, off-topic
/// article (every article but the main one); Blank is white space between
/// blocks, kept so that segments cover the whole text.
enum class SegmentKind : quint8 { Blank, Title, Heading, Body, Caption, Boilerplate, Trailer };

/// The finer part a segment plays inside its article. A trailer's headline is
/// kind Trailer with role Title; the first paragraph is the Standfirst.
enum class SegmentRole : quint8 { None, Title, Standfirst, Paragraph, Heading, Caption, Attribution };

/// The kind's name in files and on the command line ("title", "boilerplate").
[[nodiscard]] QString kindName(SegmentKind kind);
/// The kind as the interface shows it, in the reader's language ("Titel", "定型部分").
[[nodiscard]] QString kindDisplayName(SegmentKind kind);
[[nodiscard]] QString roleName(SegmentRole role);
/// The kind for a name kindName() gives; `ok` is false for an unknown name.
[[nodiscard]] SegmentKind kindFromName(QStringView name, bool *ok = nullptr);

} // namespace Lectern::Models
