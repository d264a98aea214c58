#include "cli/cli.h"

int main(int argc, char** argv) { return plancheck::cli::process_main(argc, argv); }
