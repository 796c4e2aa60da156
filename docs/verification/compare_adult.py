"""Compares `errata metrics --format json` on the Adult reference data with scikit-learn's numbers.

Usage (from the repository's root):
  java -jar target/errata.jar metrics docs/verification/data/adult-income/adult_predictions.csv \
      --slice sex --slice race --slice age_group \
      --tag-column tag_young --tag-column tag_long_hours --tag-column tag_self_emp --format json > /tmp/adult.json
  python3 docs/verification/compare_adult.py /tmp/adult.json docs/verification/data/adult-income/expected.json
"""
import json, sys
got = json.load(open(sys.argv[1])); exp = json.load(open(sys.argv[2]))
bad=[]; n=0
def chk(name,a,b,tol=1e-9):
    global n; n+=1
    if a is None or b is None:
        if a!=b: bad.append((name,a,b))
    elif abs(a-b)>tol: bad.append((name,a,b))
o=got['overall']; e=exp['overall']
chk('rows',got['rows'],exp['rows'],0); chk('errors',got['errors'],e['errors'],0)
chk('accuracy',o['accuracy'],e['accuracy'],1e-12); chk('roc_auc',o['roc_auc'],e['roc_auc']); chk('pr_auc',o['pr_auc'],e['average_precision']); chk('log_loss',o['log_loss'],e['log_loss']); chk('brier',o['brier_score'],e['brier_score'])
assert got['confusion']['labels']==exp['confusion_matrix']['label_order']; 
for i in range(2):
  for j in range(2): chk(f'cm{i}{j}',got['confusion']['matrix'][i][j],exp['confusion_matrix']['matrix'][i][j],0)
cr=exp['classification_report']
for c in got['classes']:
  for k in ['precision','recall','f1']: chk(c['class']+k,c[k],cr['per_class'][c['class']][k],1e-12)
  chk(c['class']+'support',c['support'],cr['per_class'][c['class']]['support'],0)
chk('macro_f1',o['macro_f1'],cr['macro_avg']['f1'],1e-12); chk('weighted_f1',o['weighted_f1'],cr['weighted_avg']['f1'],1e-12)
chk('macro_p',o['macro_precision'],cr['macro_avg']['precision'],1e-12); chk('weighted_r',o['weighted_recall'],cr['weighted_avg']['recall'],1e-12)
fo=exp['fairness_overall']; r=got['rates']['prediction']
for k in ['tp','fp','tn','fn']: chk('rate '+k,r[k],fo[k],0)
for k in ['positive_rate','base_rate','tpr','fpr','fnr','tnr','precision','accuracy']: chk('rate '+k,r[k],fo[k],1e-12)
for s in got['slices']:
  es=exp['slices'][s['column']][s['value']]
  chk(s['column']+s['value']+'count',s['count'],es['count'],0); chk(s['column']+s['value']+'errors',s['errors'],es['errors'],0)
  for k in ['accuracy','positive_rate','tpr','fpr','tnr','fnr','precision']: chk(s['column']+s['value']+k,s[k],es[k],1e-12)
  for k,v in es['gap_to_overall'].items():
    if k in s['gap_to_overall']: chk(s['column']+s['value']+'gap'+k,s['gap_to_overall'][k],v,1e-12)
for d in got['disparities']:
  ed=exp['disparities'][d['column']].get(d['rate'])
  if ed: 
    for k in ['max','min','max_minus_min','min_over_max']: chk(d['column']+d['rate']+k,d[k],ed[k],1e-12)
for s in got['slices']:
  es=exp['slices'][s['column']][s['value']]
  for k in ['roc_auc','log_loss']: chk(s['column']+s['value']+k,s[k],es[k])
for t in got['tags']:
  et=exp['tags'][t['tag']]
  chk(t['tag']+'count',t['count'],et['rows_with_tag'],0); chk(t['tag']+'errors',t['errors'],et['errors_with_tag'],0)
  for a,b in [('prevalence','prevalence'),('error_share','error_share'),('error_rate','error_rate'),('accuracy','accuracy_within_tag'),('lift','lift')]: chk(t['tag']+a,t[a],et[b],1e-12)
print('checked',n,'values; mismatches:',len(bad)); [print(' ',b) for b in bad[:20]]
