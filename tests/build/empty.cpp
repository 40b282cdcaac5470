int ktcEmptyTranslationUnit = 0;
