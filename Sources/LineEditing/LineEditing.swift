// Filled in by the LineEditing work.
