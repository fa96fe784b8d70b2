def log = new File(basedir, 'build.log').text
def builds = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert builds.size() == 2 : "expected two builds in build.log, found ${builds.size()}"
def summary = /doc2java: (\d+) service\(s\), (\d+) file\(s\) in .*: (\d+) written, (\d+) unchanged, (\d+) removed/

def first = (builds[0] =~ summary)
assert first.find() : 'first run: summary line missing'
assert (first.group(3) as int) + (first.group(4) as int) == (first.group(2) as int) : "first run: ${first.group(0)}"

def second = (builds[1] =~ summary)
assert second.find() : 'second run: summary line missing'
int files = second.group(2) as int
assert second.group(3) == '0' : "second run wrote files: ${second.group(0)}"
assert (second.group(4) as int) == files : "second run: not everything unchanged: ${second.group(0)}"
assert second.group(5) == '0'
assert files > 0 : 'nothing generated from the demo page'
// Timestamps kept: the compiler sees sources older than their classes.
assert builds[1].contains('Nothing to compile - all classes are up to date') : 'second run recompiled'


def gen = new File(basedir, 'target/generated-sources/doc2java')
def manifest = new File(gen, '.doc2java-manifest')
assert manifest.isFile()
// Every file the manifest lists exists with exactly the recorded SHA-256.
manifest.eachLine { line ->
    if (line.startsWith('#') || line.isBlank()) return
    def (hash, rel) = line.split(' ', 2)
    def f = new File(gen, rel)
    assert f.isFile() : rel
    def digest = java.security.MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString()
    assert digest == hash : rel
}
return true
