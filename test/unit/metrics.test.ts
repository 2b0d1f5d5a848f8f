    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
{    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
}    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
f    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
v    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
{    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
R    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
q    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
M    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
P    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
h    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
}    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
f    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
v    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
y    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
{    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
J    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
j    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
K    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
j    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
}    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
f    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
k    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
8    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
j    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
{    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
U    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
N    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
D    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
E    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
_    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
V    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
E    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
R    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
H    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
E    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
A    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
D    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
U    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
U    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
}    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
f    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
k    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
N    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
W    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
D    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
2    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
2    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
6    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
-    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
1    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
2    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
-    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
4    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
T    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
1    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
Z    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
f    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
J    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
j    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
P    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
<    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
K    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
j    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
[    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
]    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
>    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
{    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
}    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
K    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
j    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
{    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
V    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
v    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
1    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
k    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
P    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
f    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
`    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
-    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
$    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
{    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
}    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
`    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
N    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
[    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
{    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
]    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
h    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
R    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
S    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
[    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
{    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
A    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
2    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
2    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
6    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
-    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
1    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
2    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
-    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
4    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
T    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
9    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
Z    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
]    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
}    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
}    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
}    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
K    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
j    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
>    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
{    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
V    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
v    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
1    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
k    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
N    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
z    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
}    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
>    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
{    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
'    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
f    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
k    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
y    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
w    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
h    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
y    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
>    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
U    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
1    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
N    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
W    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
M    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
B    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
G    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
T    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
h    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
8    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
M    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
B    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
L    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
T    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
h    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
1    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
2    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
y    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
B    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
y    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
B    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
G    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
T    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
h    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
3    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
*    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
1    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
2    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
4    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
*    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
1    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
2    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
4    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
y    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
y    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
[    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
h    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
-    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
w    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
h    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
]    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
U    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
1    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
y    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
N    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
W    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
M    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
B    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
G    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
T    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
h    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
9    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
y    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
2    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
5    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
y    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
6    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
4    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
M    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
U    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
1    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
N    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
W    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
M    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
B    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
2    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
5    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
1    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
k    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
y    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
v    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
-    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
4    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
k    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
y    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
v    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
y    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
-    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
1    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
M    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
U    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
N    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
W    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
M    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
B    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
G    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
T    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
h    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
3    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
4    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
M    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
B    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
L    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
T    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
h    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
4    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
6    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
y    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
B    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
y    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
B    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
1    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
*    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
1    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
2    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
4    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
*    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
1    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
2    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
4    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
y    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
v    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
h    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
>    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
K    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
j    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
1    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
h    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
P    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
U    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
N    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
W    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
E    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
q    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
[    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
]    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
U    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
[    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
1    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
]    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
N    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
W    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
M    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
B    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
G    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
T    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
h    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
N    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
D    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
E    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
_    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
V    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
E    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
R    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
H    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
E    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
A    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
D    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
M    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
y    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
B    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
y    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
B    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
G    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
T    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
h    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
N    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
D    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
E    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
_    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
V    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
E    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
R    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
H    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
E    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
A    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
D    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
y    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
B    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
y    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
}    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
k    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
8    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
>    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
{    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
[    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
1    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
2    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
]    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
[    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
1    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
2    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
]    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
h    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
>    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
!    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
2    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
h    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
>    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
M    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
P    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
h    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
k    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
8    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
v    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
1    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
1    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
E    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
q    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
M    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
P    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
h    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
k    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
8    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
v    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
1    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
1    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
f    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
E    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
q    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
f    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
M    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
P    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
h    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
v    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
1    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
y    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
B    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
U    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
f    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
N    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
M    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
P    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
M    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
f    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
h    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
w    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
h    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
k    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
w    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
-    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
v    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
'    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
>    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
R    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
q    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
w    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
U    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
R    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
L    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
S    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
h    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
P    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
N    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
W    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
k    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
B    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
N    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
M    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
L    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
J    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
j    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
[    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
]    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
>    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
J    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
j    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
E    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
q    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
[    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
1    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
]    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
S    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
[    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
]    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
?    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
?    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
?    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
J    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
j    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
M    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
h    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
^    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
\    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
+    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
$    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
S    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
[    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
]    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
?    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
?    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
?    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
J    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
j    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
y    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
M    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
h    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
^    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
\    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
+    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
K    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
$    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
/ {4}expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
L    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
R    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
q    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
f    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
w    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
U    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
R    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
L    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
S    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
h    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
P    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
S    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
%    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
3    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
D    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
N    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
W    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
I    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
L    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
J    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
j    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
[    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
]    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
I    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
=    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
>    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
[    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
k    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
J    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
j    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
]    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
E    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
q    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
[    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
[    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
P    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
M    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
]    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
]    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
x    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
R    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
q    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
f    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
w    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
U    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
R    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
L    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
S    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
h    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
P    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
N    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
O    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
W    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
E    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
q    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
l    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
(    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
4    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
0    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
4    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
a    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
g    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
:    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
'    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
p    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
m    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
e    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
r    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
c    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
k    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
8    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
s    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
.    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
i    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
b    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
"    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
t    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
f    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
o    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
u    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
n    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
d    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
'    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
,    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
     expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest(resource: "pods", namespace: "default", name: "b" , new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
}    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
)    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
;    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');

    expect(() =>
      metricsRequest({ resource: "pods", namespace: "default", name: "b" }, new URLSearchParams(), source, NOW),
    ).toThrow('podmetrics.metrics.k8s.io "b" not found');
