#include "Seeder.h"

namespace ktc::sandbox {

void Seeder::seedDemo() {}

} // namespace ktc::sandbox
