// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Lectern::Models {

/// The translation context of the reasons the segmentation decisions give
/// (the reader's tooltips and Outline, `lectern-cli segment`): they are
/// words for the user, in the user's language.
class SegmentText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::SegmentText)
};

} // namespace Lectern::Models
