// Filled in by the LessonEngine work.
