# plancheck init writes its files: run the case in a temporary copy.
true
