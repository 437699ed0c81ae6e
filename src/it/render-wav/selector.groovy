// This scenario trains on the shared lo-fi dataset (../shared/datasets/lofi-samples beside the checkout, see README).
// On a fresh clone without it the scenario is skipped, with this message, instead of failing.
def dataset = new File(lofiSamples)
if (!dataset.isDirectory()) {
    println "[WARNING] Skipping ${basedir.name}: the shared lo-fi dataset ${dataset.canonicalPath} is not there."
    return false
}
return true
