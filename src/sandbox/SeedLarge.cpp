#include "Seeder.h"

namespace ktc::sandbox {

void Seeder::seedLarge() {}

} // namespace ktc::sandbox
