#include "application.h"

int main(int argc, char *argv[])
{
    return iia::runApplication(argc, argv);
}
