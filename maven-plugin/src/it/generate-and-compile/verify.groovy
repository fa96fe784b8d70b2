import groovy.io.FileType

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def gen = new File(basedir, 'target/generated-sources/doc2java')
assert new File(gen, '.doc2java-manifest').isFile() : 'the writer keeps a manifest'

def summary = log =~ /doc2java: (\d+) service\(s\), (\d+) file\(s\) in .*: (\d+) written, (\d+) unchanged, (\d+) removed/
assert summary.find() : 'summary line missing'
int services = summary.group(1) as int

def javaFiles = []
gen.eachFileRecurse(FileType.FILES) { if (it.name.endsWith('.java')) javaFiles << it }
// TODO(issue 2): once the boto3 reader and the emitters are merged into this branch, require
// services == 1 and a non-empty javaFiles here; until then the checks below hold either way.
if (services > 0) {
    assert !javaFiles.isEmpty() : 'a service was read but nothing generated'
}
javaFiles.each { f ->
    def rel = gen.toPath().relativize(f.toPath()).toString().replace('\\', '/')
    assert rel.startsWith('com/example/demo/') : rel
    def cls = new File(basedir, 'target/classes/' + rel.replaceAll(/\.java$/, '.class'))
    assert cls.isFile() : "not compiled: $rel"
    assert !f.text.contains(basedir.absolutePath) : "absolute path in the generated $rel"
}
if (!javaFiles.isEmpty()) {
    assert javaFiles.any { it.text.contains('src/main/doc2java/demo/get_thing.rst') } : 'headers name the page relative to the project'
}
return true
